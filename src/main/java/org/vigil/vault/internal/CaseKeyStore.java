package org.vigil.vault.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code case_keys} table: wrapped data keys, their destruction and legal holds. */
@Repository
class CaseKeyStore {

	private final JdbcTemplate jdbc;

	CaseKeyStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredKey> find(UUID caseId) {
		return jdbc.query("select case_id, wrapped_keyset, destroyed_at is not null, legal_hold from case_keys where case_id = ?",
				(rs, n) -> new StoredKey(rs.getObject(1, UUID.class), rs.getBytes(2), rs.getBoolean(3), rs.getBoolean(4)), caseId)
			.stream()
			.findFirst();
	}

	/** Those of the key scopes whose key was destroyed. */
	List<UUID> destroyedAmong(Collection<UUID> keyScopes) {
		return jdbc.queryForList("select case_id from case_keys where destroyed_at is not null and case_id = any(?)", UUID.class,
				(Object) keyScopes.toArray(UUID[]::new));
	}

	/** Stores a new key unless one exists already (two first encryptions may race); answers whether it did. */
	boolean insertIfAbsent(UUID caseId, byte[] wrapped, long masterKeyId) {
		return jdbc.update("""
				insert into case_keys (case_id, wrapped_keyset, master_key_id, created_at) values (?, ?, ?, ?)
				on conflict (case_id) do nothing""", caseId, wrapped, masterKeyId, java.sql.Timestamp.from(Instant.now())) == 1;
	}

	/** A wrapped key to store. */
	record NewKey(UUID caseId, byte[] wrapped, long masterKeyId) {
	}

	/** Stores many new keys in one batch, none over an existing one; answers how many were stored. */
	int insertAllIfAbsent(List<NewKey> keys) {
		if (keys.isEmpty()) {
			return 0;
		}
		java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
		int[][] counts = jdbc.batchUpdate("""
				insert into case_keys (case_id, wrapped_keyset, master_key_id, created_at) values (?, ?, ?, ?)
				on conflict (case_id) do nothing""", keys, keys.size(), (statement, key) -> {
			statement.setObject(1, key.caseId());
			statement.setBytes(2, key.wrapped());
			statement.setLong(3, key.masterKeyId());
			statement.setTimestamp(4, now);
		});
		int stored = 0;
		for (int[] batch : counts) {
			for (int count : batch) {
				stored += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : count;
			}
		}
		return stored;
	}

	/** Records a case shredded before it ever had a key, so that none is made for it later. */
	void insertDestroyed(UUID caseId) {
		jdbc.update("""
				insert into case_keys (case_id, wrapped_keyset, created_at, destroyed_at) values (?, null, now(), now())
				on conflict (case_id) do nothing""", caseId);
	}

	/** Destroys the key unless it is under legal hold; answers whether it did. */
	boolean destroy(UUID caseId) {
		return jdbc.update("""
				update case_keys set wrapped_keyset = null, master_key_id = null, destroyed_at = now()
				where case_id = ? and destroyed_at is null and not legal_hold""", caseId) == 1;
	}

	/** Destroys the key whatever its hold says: for re-applying a shred decided earlier. */
	void forceDestroy(UUID caseId) {
		jdbc.update("""
				update case_keys set wrapped_keyset = null, master_key_id = null, legal_hold = false,
				    destroyed_at = coalesce(destroyed_at, now())
				where case_id = ?""", caseId);
		insertDestroyed(caseId);
	}

	void setLegalHold(UUID caseId, boolean hold) {
		jdbc.update("update case_keys set legal_hold = ? where case_id = ?", hold, caseId);
	}

	/** Live keys for rotation: ids only, so that a large installation is not loaded at once. */
	List<UUID> liveCaseIds() {
		return jdbc.queryForList("select case_id from case_keys where wrapped_keyset is not null order by case_id", UUID.class);
	}

	/** Replaces a wrapped key, unless it was shredded or re-wrapped meanwhile. */
	boolean rewrap(UUID caseId, byte[] previous, byte[] wrapped, long masterKeyId) {
		return jdbc.update("update case_keys set wrapped_keyset = ?, master_key_id = ? where case_id = ? and wrapped_keyset = ?",
				wrapped, masterKeyId, caseId, previous) == 1;
	}

	record StoredKey(UUID caseId, byte[] wrapped, boolean destroyed, boolean legalHold) {
	}

}
