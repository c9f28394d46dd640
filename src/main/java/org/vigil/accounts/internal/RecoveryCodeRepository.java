package org.vigil.accounts.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users' single-use recovery codes, kept only as digests, in plain SQL. */
@Repository
class RecoveryCodeRepository {

	private final JdbcClient jdbc;

	RecoveryCodeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps a new, unused code of the user. */
	void add(UUID userId, String codeHash, Instant now) {
		jdbc.sql("insert into recovery_codes (id, user_id, code_hash, created_at) values (:id, :userId, :codeHash, :now)")
			.param("id", UUID.randomUUID())
			.param("userId", userId)
			.param("codeHash", codeHash)
			.param("now", Rows.timestamp(now))
			.update();
	}

	/** Marks the user's unused code with that digest as used; answers 1 only for the first use. */
	int use(UUID userId, String codeHash, Instant now) {
		return jdbc.sql("update recovery_codes set used_at = :now where user_id = :userId and code_hash = :codeHash and used_at is null")
			.param("now", Rows.timestamp(now))
			.param("userId", userId)
			.param("codeHash", codeHash)
			.update();
	}

	long countByUserIdAndUsedAtIsNull(UUID userId) {
		return jdbc.sql("select count(*) from recovery_codes where user_id = :userId and used_at is null")
			.param("userId", userId)
			.query(Long.class)
			.single();
	}

	int deleteForUser(UUID userId) {
		return jdbc.sql("delete from recovery_codes where user_id = :userId").param("userId", userId).update();
	}

}
