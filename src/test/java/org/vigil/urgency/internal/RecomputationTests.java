package org.vigil.urgency.internal;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assessing every followed case again leaves alone what came out the same: PostgreSQL rewrites only
 * the cases whose assessment moved, and nothing is announced, alerted or audited for the others.
 */
class RecomputationTests extends UrgencyIntegrationTest {

	@Autowired
	private Recomputation recomputation;

	@Test
	void aSecondRecomputationWithNothingChangedWritesNoAssessment() throws Exception {
		TestUser researcher = user(newTeam());
		UUID imminent = openCase(researcher, "Five refugees", "CN");
		UUID watched = openCase(researcher, "Two refugees", "CN");
		expectTransferToHelong(imminent);
		recomputation.all();
		awaitListeners();
		Map<UUID, String> rowVersions = rowVersions();
		String assessedAt = urgency(researcher, imminent).get("assessedAt").asString();
		long events = count("event_publication");
		long alerts = alertsOf(imminent, watched);
		long audit = auditOf(imminent, watched);

		assertThat(recomputation.all()).as("every followed case is still assessed").isGreaterThanOrEqualTo(2);
		awaitListeners();

		assertThat(rowVersions()).as("no assessment's row was written again").isEqualTo(rowVersions);
		assertThat(urgency(researcher, imminent).get("level").asString()).isEqualTo("IMMINENT");
		assertThat(urgency(researcher, imminent).get("assessedAt").asString()).as("assessed so since the first time").isEqualTo(assessedAt);
		assertThat(urgency(researcher, watched).get("level").asString()).isEqualTo("WATCH");
		assertThat(count("event_publication")).as("no change of level announced").isEqualTo(events);
		assertThat(alertsOf(imminent, watched)).as("no alert raised again").isEqualTo(alerts).isEqualTo(1);
		assertThat(auditOf(imminent, watched)).as("nothing audited").isEqualTo(audit);
	}

	@Test
	void aCaseWhoseFactsChangedIsStillRecomputedAndOnlyItsRowIsWritten() throws Exception {
		TestUser researcher = user(newTeam());
		UUID changed = openCase(researcher, "Five refugees", "CN");
		UUID unchanged = openCase(researcher, "Two refugees", "CN");
		recomputation.all();
		Map<UUID, String> rowVersions = rowVersions();

		// News arrives without the listeners' reassessment: only the schedule's run can see it.
		expectTransferWithoutReassessing(changed);
		recomputation.all();

		Map<UUID, String> after = rowVersions();
		assertThat(after.get(changed)).as("the changed case's row is written").isNotEqualTo(rowVersions.get(changed));
		assertThat(after.get(unchanged)).as("the other case's row is left alone").isEqualTo(rowVersions.get(unchanged));
		assertThat(urgency(researcher, changed).get("level").asString()).isEqualTo("IMMINENT");
		assertThat(urgency(researcher, changed).get("reasons").get(0).asString()).startsWith("Expected transfer to Helong");
		assertThat(urgency(researcher, unchanged).get("level").asString()).isEqualTo("WATCH");
	}

	private void expectTransferWithoutReassessing(UUID caseId) {
		whereabouts.expectTransfer(caseId, UrgencyTestSources.HELONG, null, Certainty.IMMINENT, org.vigil.cases.Reliability.MEDIUM,
				clock.today().minusDays(2));
	}

	/** Each stored assessment's row version (PostgreSQL's {@code xmin}: it changes whenever the row is written). */
	private Map<UUID, String> rowVersions() {
		return jdbc.queryForList("select case_id, xmin::text as version from urgency_assessments").stream()
			.collect(Collectors.toMap(row -> (UUID) row.get("case_id"), row -> (String) row.get("version")));
	}

	private long alertsOf(UUID one, UUID other) {
		return jdbc.queryForObject("select count(*) from urgency_alerts where case_id in (?, ?)", Long.class, one, other);
	}

	private long auditOf(UUID one, UUID other) {
		return jdbc.queryForObject("select count(*) from audit_entries where record_id in (?, ?)", Long.class, one.toString(), other.toString());
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
