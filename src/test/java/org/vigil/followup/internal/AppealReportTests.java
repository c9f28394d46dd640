package org.vigil.followup.internal;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.accounts.Role;
import org.vigil.support.DispatchingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 7: the directors' page draws what the appeals achieve as SVG with the numbers beside
 * each chart and a CSV of each, names no case, and is for reviewers and administrators only.
 */
class AppealReportTests extends DispatchingIntegrationTest {

	@Test
	void aReviewerSeesTheAppealsSentThisMonthDrawnAndCountedWithoutTheirCase() throws Exception {
		Sent sent = sentAppeal(newTeam());
		String reference = read(mvc.perform(api(get("/api/cases/" + sent.caseId()), sent.officer())).andReturn()).get("reference").asString();
		var session = signIn(user(sent.team(), Role.REVIEWER));

		String page = mvc.perform(get("/reports/appeals").session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Appeals sent per month").contains("<svg").contains(thisMonth()).contains("/reports/appeals/medians.csv")
			.doesNotContain(reference).doesNotContain(sent.caseId().toString());
	}

	@Test
	void theCsvOfAChartHoldsItsNumbers() throws Exception {
		sentAppeal(newTeam());
		String csv = csv(user(newTeam(), Role.REVIEWER), "sent-per-month");
		assertThat(csv).startsWith("\"Month\",\"Sent\"\r\n");
		String row = csv.lines().filter(l -> l.startsWith("\"" + thisMonth() + "\",")).findFirst().orElseThrow();
		assertThat(Long.parseLong(row.substring(row.indexOf(',') + 1))).isPositive();
	}

	@Test
	void theOutcomesAreCountedByCountryOfCustody() throws Exception {
		Sent sent = sentAppeal(newTeam());
		mvc.perform(api(put("/api/cases/" + sent.caseId() + "/appeals/" + sent.appealId() + "/outcome"), sent.officer())
				.content(json.writeValueAsString(Map.of("appealStatus", "ACTION_TAKEN", "caseOutcome", "REACHED_SAFETY"))))
			.andExpect(status().isOk());
		assertThat(csv(user(newTeam(), Role.REVIEWER), "outcomes")).contains("\"CN · REACHED_SAFETY\",");
	}

	@Test
	void aResearcherDoesNotSeeTheReport() throws Exception {
		var session = signIn(user(newTeam()));
		mvc.perform(get("/reports/appeals").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void aChartOfNoNameIsNotFound() throws Exception {
		var session = signIn(user(newTeam(), Role.REVIEWER));
		mvc.perform(get("/reports/appeals/names.csv").session(session)).andExpect(status().isNotFound());
	}

	@Test
	void theRepliesAreCountedByTheImpactTheOfficersJudged() throws Exception {
		Sent sent = sentAppeal(newTeam());
		TestUser reviewer = user(newTeam(), Role.REVIEWER);
		long before = negative(csv(reviewer, "impact"));

		mvc.perform(api(post("/api/cases/" + sent.caseId() + "/appeals/" + sent.appealId() + "/responses"), sent.officer())
			.content(json.writeValueAsString(Map.of("receivedVia", "POST", "type", "DENIAL", "impact", "NEGATIVE",
					"receivedAt", java.time.Instant.now().toString(), "sender", "Ministry", "text", "They were moved to the border."))))
			.andExpect(status().isCreated());

		assertThat(negative(csv(reviewer, "impact"))).isEqualTo(before + 1);
	}

	@Test
	void aLetterSentAfterThePageWasDrawnIsCountedAtTheNextRequest() throws Exception {
		TestUser reviewer = user(newTeam(), Role.REVIEWER);
		long before = sentThisMonth(csv(reviewer, "sent-per-month"));

		sentAppeal(newTeam());

		assertThat(sentThisMonth(csv(reviewer, "sent-per-month"))).isEqualTo(before + 1);
	}

	@Test
	void theChartsOfLettersAreKeptWhileNoLetterOrReplyChangesThemForFiveMinutesAtMost() throws Exception {
		Sent sent = sentAppeal(newTeam());
		TestUser reviewer = user(newTeam(), Role.REVIEWER);
		long before = sentThisMonth(csv(reviewer, "sent-per-month"));
		// Behind the report's back: the appeal's first letter moved to a year ago, without a revision.
		jdbc.update("update dispatch_appeal_figures set first_sent_at = first_sent_at - interval '400 days' where appeal_id = ?",
				sent.appealId());

		try {
			assertThat(sentThisMonth(csv(reviewer, "sent-per-month"))).isEqualTo(before);
			clock.set(clock.instant().plus(AppealReport.KEPT_AT_MOST).plusSeconds(1));
			assertThat(sentThisMonth(csv(reviewer, "sent-per-month"))).isEqualTo(before - 1);
		}
		finally {
			jdbc.update("update dispatch_appeal_figures set first_sent_at = first_sent_at + interval '400 days' where appeal_id = ?",
					sent.appealId());
		}
	}

	private static long sentThisMonth(String csv) {
		return csv.lines().filter(l -> l.startsWith("\"" + thisMonth() + "\",")).findFirst()
			.map(l -> Long.parseLong(l.substring(l.indexOf(',') + 1).replace("\"", "").strip())).orElse(0L);
	}

	/** The count of the row "Negative impact" in the impact chart's CSV, 0 when there is none. */
	private static long negative(String csv) {
		return csv.lines().filter(l -> l.startsWith("\"Negative impact\",")).findFirst()
			.map(l -> Long.parseLong(l.substring(l.lastIndexOf(',') + 1).replace("\"", "").strip())).orElse(0L);
	}

	private String csv(TestUser reviewer, String chart) throws Exception {
		var session = signIn(reviewer);
		return new String(mvc.perform(get("/reports/appeals/" + chart + ".csv").session(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String thisMonth() {
		return YearMonth.now(ZoneOffset.UTC).toString();
	}

}
