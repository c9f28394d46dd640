package org.vigil.audit.internal;

import java.util.List;
import java.util.Map;

import org.vigil.audit.AuditVerification;

/** The state of one pass over the chain; keeps the first break it meets and ignores the rest. */
final class ChainWalk {

	private final Map<Long, List<Checkpoint>> checkpoints;

	private long expectedId = 1;

	private String previousHash = EntryHash.GENESIS;

	private long checked;

	private AuditVerification verdict;

	ChainWalk(Map<Long, List<Checkpoint>> checkpoints) {
		this.checkpoints = checkpoints;
	}

	void accept(AuditEntry entry) {
		if (verdict != null) {
			return;
		}
		if (entry.id() != expectedId) {
			broken(expectedId, entry.id() - 1 == expectedId ? "missing: the entry was removed from the log"
					: "missing: entries " + expectedId + " to " + (entry.id() - 1) + " were removed from the log");
			return;
		}
		checked++;
		if (!entry.hash().equals(entry.expectedHash())) {
			broken(entry.id(), "its content does not match its hash (edited or moved)");
			return;
		}
		if (!entry.prevHash().equals(previousHash)) {
			broken(entry.id(), "it does not follow entry " + (entry.id() - 1) + " (an entry before it was removed, replaced or reordered)");
			return;
		}
		for (Checkpoint checkpoint : checkpoints.getOrDefault(entry.id(), List.of())) {
			if (!checkpoint.hash().equals(entry.hash())) {
				broken(entry.id(), "it differs from the signed checkpoint of " + checkpoint.at() + " (the chain was rewritten)");
				return;
			}
		}
		previousHash = entry.hash();
		expectedId++;
	}

	private void broken(long id, String reason) {
		verdict = AuditVerification.broken(id, checked, reason);
	}

	AuditVerification verdict() {
		return verdict;
	}

	long lastId() {
		return expectedId - 1;
	}

	String lastHash() {
		return previousHash;
	}

	long checked() {
		return checked;
	}

}
