package org.vigil.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import org.vigil.audit.AuditEvent;

/**
 * SHA-256 over a canonical encoding of an entry. Every field is length-prefixed (and a null is
 * told apart from an empty string), so that no two different entries encode to the same bytes —
 * moving text from one field to the next changes the hash.
 */
final class EntryHash {

	/** The "previous hash" of the first entry. */
	static final String GENESIS = "0".repeat(64);

	private static final String FORMAT = "vigil-audit-entry/1";

	private EntryHash() {
	}

	static String of(long id, Instant at, AuditEvent event, String prevHash) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			text(out, FORMAT);
			out.writeLong(id);
			text(out, at.toString());
			text(out, event.actor());
			text(out, event.action());
			text(out, event.recordType());
			text(out, event.recordId());
			text(out, event.outcome());
			text(out, event.address());
			out.writeInt(event.details().size());
			for (Map.Entry<String, String> detail : event.details().entrySet()) {
				text(out, detail.getKey());
				text(out, detail.getValue());
			}
			text(out, prevHash);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sha256(bytes.toByteArray());
	}

	static String sha256(byte[] input) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static void text(DataOutputStream out, String value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

}
