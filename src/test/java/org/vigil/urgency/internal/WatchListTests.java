package org.vigil.urgency.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.accounts.Role;
import org.vigil.cases.Reliability;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The watch list: the home of researchers and reviewers, their teams' open cases, most urgent first, each with its reason and next step. */
class WatchListTests extends UrgencyIntegrationTest {

	private List<String> references(TestUser user, String query) throws Exception {
		JsonNode list = read(mvc.perform(api(get("/api/watch-list" + query), user)).andExpect(status().isOk()).andReturn());
		List<String> references = new java.util.ArrayList<>();
		list.get("items").forEach(c -> references.add(c.get("reference").asString()));
		return references;
	}

	@Test
	void theHomeOfAResearcherIsTheWatchList() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		expectTransferToHelong(caseId);
		var session = signIn(researcher);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/watch"));
		String page = mvc.perform(get("/watch").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(reference(researcher, caseId), "urgency-imminent", "Expected transfer to Helong (Jilin)",
				"No appeal sent yet.", "2 days ago");
	}

	@Test
	void theHomeOfAReviewerIsTheWatchListToo() throws Exception {
		var session = signIn(user(newTeam(), Role.REVIEWER));
		mvc.perform(get("/watch").session(session)).andExpect(status().isOk());
	}

	@Test
	void theHomeOfAnAdvocacyOfficerIsTheWatchListWithItsTasks() throws Exception {
		var session = signIn(user(newTeam(), Role.ADVOCACY));
		mvc.perform(get("/watch").session(session)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("No follow-up task is due.")));
	}

	@Test
	void someoneWhoNeitherResearchesNorReviewsNorAdvocatesIsSentOnToTheCases() throws Exception {
		var session = signIn(user(newTeam(), Role.ADMINISTRATOR));
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/watch"));
		mvc.perform(get("/watch").session(session)).andExpect(redirectedUrl("/cases"));
	}

	@Test
	void theMostUrgentComeFirstThenThoseLeftLongestWithoutAction() throws Exception {
		TestUser researcher = user(newTeam());
		UUID watchedLongest = openCase(researcher, "Watched since long ago", "CN");
		clock.advance(Duration.ofHours(1));
		UUID watchedRecently = openCase(researcher, "Watched since lately", "CN");
		UUID high = openCase(researcher, "Held near the border", "CN");
		whereabouts.hold(high, new KnownWhereabouts.Place("Tumen", "Jilin", "CN", 42.9667, 129.8167), clock.today());
		reassessment.reassess(high);
		UUID imminent = openCase(researcher, "About to be moved", "CN");
		expectTransferToHelong(imminent);
		assertThat(references(researcher, "")).containsExactly(reference(researcher, imminent), reference(researcher, high),
				reference(researcher, watchedLongest), reference(researcher, watchedRecently));
	}

	@Test
	void onlyTheOpenCasesOfTheViewersTeamsAreListed() throws Exception {
		TestUser researcher = user(newTeam());
		UUID open = openCase(researcher, "Open", "CN");
		UUID closed = openCase(researcher, "Closed", "CN");
		mvc.perform(api(put("/api/cases/" + closed), researcher).content("""
				{"title": "Closed", "countryOfCustody": "CN", "status": "CLOSED", "priority": "LOW", "version": 0}"""))
			.andExpect(status().isOk());
		openCase(user(newTeam()), "Another team's", "CN");
		assertThat(references(researcher, "")).containsExactly(reference(researcher, open));
	}

	@Test
	void theListComesAPageAtATime() throws Exception {
		TestUser researcher = user(newTeam());
		for (int i = 0; i < 3; i++) {
			openCase(researcher, "Case " + i, "CN");
		}
		mvc.perform(api(get("/api/watch-list").param("size", "2").param("page", "1"), researcher))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.items.length()").value(1));
	}

	@Test
	void aTeamWithMoreCasesThanThePagerCountsIsToldThereAreMore() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		UUID caseId = openCase(researcher, "The team's one real case", "CN");
		int copies = WatchList.PAGE_SIZE + WatchList.COUNTED_AHEAD + 10;
		jdbc.update("""
				insert into urgency_assessments (case_id, team_id, reference, case_status, level, level_rank, reasons, next_step,
				                                 last_action_at, level_since, assessed_at)
				select gen_random_uuid(), team_id, 'W ' || n, case_status, level, level_rank, reasons, next_step, last_action_at,
				       level_since, assessed_at
				from urgency_assessments, generate_series(1, ?) n where case_id = ?""", copies, caseId);
		int counted = WatchList.PAGE_SIZE + WatchList.COUNTED_AHEAD;
		mvc.perform(api(get("/api/watch-list"), researcher))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(WatchList.PAGE_SIZE))
			.andExpect(jsonPath("$.totalItems").value(counted));
		String page = mvc.perform(get("/watch").session(signIn(researcher))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("More than " + String.format(java.util.Locale.ENGLISH, "%,d", counted) + " open cases", "Page 1 of more than");
	}

	@Test
	void aPageOutOfRangeIsRefusedNamingTheField() throws Exception {
		TestUser researcher = user(newTeam());
		mvc.perform(api(get("/api/watch-list").param("page", "-1"), researcher))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.refusal").value("URGENCY_NUMBER_OUT_OF_RANGE"))
			.andExpect(jsonPath("$.errors[0].field").value("page"));
		mvc.perform(api(get("/api/watch-list").param("size", "201"), researcher))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	@Test
	void eachCaseSaysItsNextStep() throws Exception {
		TestUser researcher = user(newTeam());
		UUID silent = openCase(researcher, "Silent", "CN");
		whereabouts.hold(silent, UrgencyTestSources.SHENYANG, clock.today().minusDays(9));
		reassessment.reassess(silent);
		JsonNode list = read(mvc.perform(api(get("/api/watch-list"), researcher)).andReturn());
		assertThat(list.get("items").get(0).get("nextStep").asString()).isEqualTo("No news for 9 days.");
	}

	@Test
	void anAppealSentChangesTheNextStep() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Appealed", "CN");
		appeals.sent(caseId, clock.instant().minus(Duration.ofDays(8)));
		whereabouts.expectTransfer(caseId, UrgencyTestSources.HELONG, null, Certainty.IMMINENT, Reliability.MEDIUM, clock.today().minusDays(9));
		reassessment.reassess(caseId);
		assertThat(urgency(researcher, caseId).get("nextStep").asString()).isEqualTo("Appeal sent 8 days ago and no news for 9 days: follow up.");
	}

}
