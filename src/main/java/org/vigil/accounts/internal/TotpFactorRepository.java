package org.vigil.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users' authenticator apps, one row each, in plain SQL. */
@Repository
class TotpFactorRepository {

	private static final String SELECT = "select user_id, secret_encrypted, created_at, confirmed_at, last_used_step from totp_factors ";

	private final JdbcClient jdbc;

	TotpFactorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<TotpFactor> findById(UUID userId) {
		return jdbc.sql(SELECT + "where user_id = :userId").param("userId", userId).query(TotpFactorRepository::factor).optional();
	}

	/** Locks the row, so that two requests with the same code cannot both be accepted. */
	Optional<TotpFactor> findForUpdate(UUID userId) {
		return jdbc.sql(SELECT + "where user_id = :userId for update")
			.param("userId", userId)
			.query(TotpFactorRepository::factor)
			.optional();
	}

	/** Writes a new factor, or what changed in one (its confirmation, the last step used). */
	TotpFactor save(TotpFactor factor) {
		jdbc.sql("""
				insert into totp_factors (user_id, secret_encrypted, created_at, confirmed_at, last_used_step)
				values (:userId, :secret, :createdAt, :confirmedAt, :lastUsedStep)
				on conflict (user_id) do update set confirmed_at = excluded.confirmed_at, last_used_step = excluded.last_used_step""")
			.param("userId", factor.userId())
			.param("secret", factor.secretEncrypted())
			.param("createdAt", Rows.timestamp(factor.createdAt()))
			.param("confirmedAt", Rows.timestamp(factor.confirmedAt()))
			.param("lastUsedStep", factor.lastUsedStep())
			.update();
		return factor;
	}

	void delete(TotpFactor factor) {
		jdbc.sql("delete from totp_factors where user_id = :userId").param("userId", factor.userId()).update();
	}

	private static TotpFactor factor(ResultSet rs, int row) throws SQLException {
		return new TotpFactor(rs.getObject("user_id", UUID.class), rs.getBytes("secret_encrypted"), Rows.instant(rs, "created_at"),
				Rows.instant(rs, "confirmed_at"), rs.getLong("last_used_step"));
	}

}
