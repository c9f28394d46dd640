package org.vigil.audit.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditVerification;
import org.vigil.audit.AuditVerifier;

/**
 * Walks the chain front to back and reports the first entry that is not what it claims to be:
 * edited (its hash no longer matches its fields), missing (a gap in the ids), out of place (it
 * does not follow its predecessor's hash), contradicted by a signed checkpoint, or cut off after
 * the last entry that a checkpoint or the head vouches for.
 */
@Service
class ChainVerifier implements AuditVerifier {

	private final AuditEntries entries;

	private final Checkpoints checkpoints;

	private final ChainedAuditLog log;

	ChainVerifier(AuditEntries entries, Checkpoints checkpoints, ChainedAuditLog log) {
		this.entries = entries;
		this.checkpoints = checkpoints;
		this.log = log;
	}

	@Override
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public AuditVerification verify() {
		return check(checkpoints.all());
	}

	/*
	 * One snapshot (repeatable read) for head, checkpoints and entries, so that appends made while
	 * verifying are not mistaken for a broken chain.
	 */
	@Override
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public AuditVerification verify(Path exportedCheckpoint) {
		CheckpointFile file = CheckpointFile.read(exportedCheckpoint);
		Checkpoint exported = file.checkpoint();
		if (!file.isSelfConsistent()) {
			return AuditVerification.broken(exported.entryId(), 0, "the exported checkpoint's signature does not match its content");
		}
		if (!checkpoints.isGenuine(exported)) {
			return AuditVerification.broken(exported.entryId(), 0,
					"the exported checkpoint was signed by another key than this installation's: the signing key was replaced");
		}
		List<Checkpoint> all = new ArrayList<>(checkpoints.all());
		all.add(exported);
		return check(all);
	}

	@Override
	public long checkpoint() {
		return log.checkpointNow().entryId();
	}

	@Override
	public long exportCheckpoint(Path file) {
		Checkpoint checkpoint = log.checkpointNow();
		CheckpointFile.of(checkpoint, checkpoints.publicKeyset()).write(file);
		return checkpoint.entryId();
	}

	private AuditVerification check(List<Checkpoint> known) {
		AuditEntries.Head head = entries.head();
		Map<Long, List<Checkpoint>> byEntry = new HashMap<>();
		for (Checkpoint checkpoint : known) {
			if (!checkpoints.isGenuine(checkpoint)) {
				return AuditVerification.broken(checkpoint.entryId(), 0, "the signature of its checkpoint is invalid (forged or altered)");
			}
			byEntry.computeIfAbsent(checkpoint.entryId(), id -> new ArrayList<>()).add(checkpoint);
		}
		ChainWalk walk = new ChainWalk(byEntry);
		entries.forEachInOrder(walk::accept);
		if (walk.verdict() != null) {
			return walk.verdict();
		}
		long last = walk.lastId();
		Optional<Checkpoint> furthest = known.stream().max(Comparator.comparingLong(Checkpoint::entryId));
		if (furthest.isPresent() && furthest.get().entryId() > last) {
			return AuditVerification.broken(last + 1, walk.checked(), "missing: the log ends at entry " + last
					+ " but a signed checkpoint vouches for entries up to " + furthest.get().entryId() + " (the log was cut short)");
		}
		if (head.lastId() != last || !head.lastHash().equals(walk.lastHash())) {
			return AuditVerification.broken(Math.min(head.lastId(), last) + 1, walk.checked(), "the log ends at entry " + last
					+ " but its head records entry " + head.lastId() + " (entries were cut off or added around the log)");
		}
		return AuditVerification.intact(walk.checked());
	}

}
