package org.vigil.law.internal;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.law.Participation;

/**
 * Loads the shipped starting data — the participation table and the risk profiles — the first time
 * Vigil serves with none. Only a server does this, never an operator command: a restore must find
 * the law tables as empty as the rest, and then brings the organisation's own law data back.
 * The risk profiles' first version is recorded in their history as made by {@code system}.
 */
@Component
@ConditionalOnWebApplication
class LawStartingData {

	private static final Logger log = LoggerFactory.getLogger(LawStartingData.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ParticipationMemory memory;

	LawStartingData(JdbcTemplate jdbc, TransactionTemplate transactions, ParticipationMemory memory) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.memory = memory;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadWhenServing() {
		load();
	}

	void load() {
		transactions.executeWithoutResult(status -> {
			// One server at a time: a second node starting at the same moment waits, then finds the data.
			jdbc.execute("select pg_advisory_xact_lock(4242110)");
			if (!Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from law_participation)", Boolean.class))) {
				List<Participation> rows = ShippedData.participation();
				jdbc.batchUpdate("insert into law_participation (state, instrument, status, how, act_date, signed, reservations, "
						+ "restricts, complaints, verified, source, as_of) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, 500,
						(ps, row) -> {
							ps.setString(1, row.state());
							ps.setString(2, row.instrument().code());
							ps.setString(3, row.status().name());
							ps.setString(4, row.how() == null ? null : row.how().name());
							ps.setObject(5, date(row.date()), Types.DATE);
							ps.setObject(6, date(row.signed()), Types.DATE);
							ps.setString(7, row.reservations());
							ps.setString(8, row.restricts().isEmpty() ? null : String.join(",", row.restricts()));
							ps.setObject(9, row.complaints(), Types.BOOLEAN);
							ps.setBoolean(10, row.verified());
							ps.setString(11, row.source());
							ps.setObject(12, date(row.asOf()), Types.DATE);
						});
				log.info("Loaded the shipped participation table: {} rows, {} verified", rows.size(),
						rows.stream().filter(Participation::verified).count());
				memory.changed();
			}
			if (!Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from law_risk_profiles)", Boolean.class))) {
				loadRiskProfiles();
			}
		});
	}

	private void loadRiskProfiles() {
		List<ShippedData.SeedProfile> profiles = ShippedData.riskProfiles();
		Long revision = jdbc.queryForObject("insert into revinfo (timestamp, username) values (?, 'system') returning id", Long.class,
				System.currentTimeMillis());
		LocalDate reviewed = LocalDate.of(2026, 12, 1);
		for (ShippedData.SeedProfile profile : profiles) {
			jdbc.update("insert into law_risk_profiles (country, summary, version) values (?, ?, 0)", profile.country(), profile.summary());
			jdbc.update("insert into law_risk_profiles_aud (country, rev, revtype, summary, version) values (?, ?, 0, ?, 0)",
					profile.country(), revision, profile.summary());
			int position = 0;
			for (ShippedData.SeedClaim claim : profile.claims()) {
				UUID id = UUID.randomUUID();
				Object[] values = { id, profile.country(), position++, claim.group().name(), claim.text(), claim.citation(),
						claim.verified(), Date.valueOf(reviewed) };
				jdbc.update("insert into law_risk_claims (id, country, position, claim_group, text, citation, verified, reviewed_on, "
						+ "version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)", values);
				jdbc.update("insert into law_risk_claims_aud (id, rev, revtype, country, position, claim_group, text, citation, verified, "
						+ "reviewed_on, version) values (?, " + revision + ", 0, ?, ?, ?, ?, ?, ?, ?, 0)", values);
			}
		}
		log.info("Loaded the shipped risk profiles of {}", profiles.stream().map(ShippedData.SeedProfile::country).toList());
	}

	private static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

}
