package org.vigil.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** A signed statement that the audit chain had reached {@code hash} at entry {@code entryId}. */
record Checkpoint(long entryId, String hash, Instant at, byte[] signature) {

	/** The bytes that are signed: everything a verifier must be able to trust. */
	static byte[] signedBytes(long entryId, String hash, Instant at) {
		return ("vigil-audit-checkpoint/1\n" + entryId + "\n" + hash + "\n" + at).getBytes(StandardCharsets.UTF_8);
	}

	byte[] signedBytes() {
		return signedBytes(entryId, hash, at);
	}

}
