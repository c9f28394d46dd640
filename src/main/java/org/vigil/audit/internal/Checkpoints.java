package org.vigil.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Signs checkpoints of the chain and keeps them in {@code audit_checkpoints}. */
@Component
class Checkpoints {

	private final JdbcTemplate jdbc;

	private final CheckpointSigner signer;

	Checkpoints(JdbcTemplate jdbc, CheckpointSigner signer) {
		this.jdbc = jdbc;
		this.signer = signer;
	}

	/** Signs and stores a checkpoint at the given entry; call in the transaction that holds the head lock. */
	Checkpoint sign(long entryId, String hash) {
		Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Checkpoint checkpoint = new Checkpoint(entryId, hash, at, signer.sign(Checkpoint.signedBytes(entryId, hash, at)));
		jdbc.update("""
				insert into audit_checkpoints (entry_id, hash, at, signature) values (?, ?, ?, ?)
				on conflict (entry_id) do update set hash = excluded.hash, at = excluded.at, signature = excluded.signature""",
				entryId, hash, at.atOffset(ZoneOffset.UTC), checkpoint.signature());
		return checkpoint;
	}

	/** Every stored checkpoint, oldest first. */
	List<Checkpoint> all() {
		return jdbc.query("select entry_id, hash, at, signature from audit_checkpoints order by entry_id",
				(rs, n) -> new Checkpoint(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
						rs.getBytes(4)));
	}

	boolean isGenuine(Checkpoint checkpoint) {
		return signer.verify(checkpoint.signature(), checkpoint.signedBytes());
	}

	String publicKeyset() {
		return signer.publicKeyset();
	}

}
