package org.vigil.followup.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V168: outcomes that follow-up kept to itself, before the case's outcome became one value,
 * become the case's outcome where the case's form records none — and never replace one it records.
 */
class OutcomeMigrationTests extends WebIntegrationTest {

	@Test
	void aCaseWithoutAnOutcomeTakesTheOneLastRecordedAtFollowUpAndACaseWithOneKeepsIt() throws Exception {
		TestUser author = user(newTeam());
		UUID silent = openCase(author, "Five refugees", "CN");
		UUID recorded = openCase(author, "Two refugees", "CN");
		keptByFollowup(silent, draftAppeal(author, silent, "Your Excellency."), "FORCIBLY_RETURNED", "2026-10-01T00:00:00Z");
		keptByFollowup(silent, draftAppeal(author, silent, "Your Excellency, again."), "RELEASED", "2026-11-01T00:00:00Z");
		keptByFollowup(recorded, draftAppeal(author, recorded, "Your Excellency."), "RELEASED", "2026-11-01T00:00:00Z");
		jdbc.update("update cases set outcome = null where id = ?", silent);
		jdbc.update("update cases set outcome = 'STILL_HELD' where id = ?", recorded);
		long versionBefore = jdbc.queryForObject("select version from cases where id = ?", Long.class, silent);

		jdbc.execute(new ClassPathResource("db/migration/V168__case_outcome_from_followup.sql").getContentAsString(StandardCharsets.UTF_8));

		assertThat(jdbc.queryForObject("select outcome from cases where id = ?", String.class, silent)).isEqualTo("RELEASED");
		assertThat(jdbc.queryForObject("select version from cases where id = ?", Long.class, silent)).isEqualTo(versionBefore + 1);
		assertThat(jdbc.queryForObject("select outcome from cases where id = ?", String.class, recorded)).isEqualTo("STILL_HELD");
	}

	private void keptByFollowup(UUID caseId, UUID appealId, String outcome, String at) {
		jdbc.update("insert into followup_outcomes (appeal_id, case_id, appeal_status, case_outcome, recorded_at, recorded_by, version) "
				+ "values (?, ?, 'ACTION_TAKEN', ?, cast(? as timestamptz), 'officer', 0)", appealId, caseId, outcome, at);
	}

}
