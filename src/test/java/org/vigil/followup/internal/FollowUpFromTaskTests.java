package org.vigil.followup.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.accounts.Role;
import org.vigil.appeals.ApprovedAppeal;
import org.vigil.directory.Addressees;
import org.vigil.directory.Authority;
import org.vigil.directory.Suggestion;
import org.vigil.directory.SuggestionFacts;
import org.vigil.support.DispatchingIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 6: a due follow-up task offers <em>Draft a follow-up letter</em>, which drafts it through
 * appeals' follow-up (citing the earlier letter) and lands on the draft; the task records the draft, says
 * so on the watch list, and is closed when the follow-up letter is dispatched.
 */
class FollowUpFromTaskTests extends DispatchingIntegrationTest {

	@Autowired
	DueTasks due;

	@Autowired
	Addressees addressees;

	@Test
	void aDueFollowUpDraftsItsFollowUpLetterAndRecordsIt() throws Exception {
		Letter letter = dueFollowUp();

		JsonNode task = read(mvc.perform(api(post("/api/tasks/" + letter.taskId() + "/follow-up"), letter.author()))
			.andExpect(status().isCreated()).andReturn());

		String draftId = task.get("followUpAppealId").asString();
		JsonNode draft = read(mvc.perform(api(get("/api/cases/" + letter.caseId() + "/appeals/" + draftId), letter.author()))
			.andExpect(status().isOk()).andReturn());
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("subject").asString()).startsWith("Follow-up to our letter of");
		assertThat(draft.get("body").asString()).contains(ApprovedAppeal.referenceOf(letter.appealId()));
		assertThat(task.get("status").asString()).isEqualTo("OPEN");
	}

	@Test
	void aSecondDraftFromTheSameTaskIsRefusedNamingTheFirst() throws Exception {
		Letter letter = dueFollowUp();
		String first = read(mvc.perform(api(post("/api/tasks/" + letter.taskId() + "/follow-up"), letter.author()))
			.andExpect(status().isCreated()).andReturn()).get("followUpAppealId").asString();

		mvc.perform(api(post("/api/tasks/" + letter.taskId() + "/follow-up"), letter.author()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("FOLLOW_UP_ALREADY_DRAFTED"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(ApprovedAppeal.referenceOf(UUID.fromString(first)))));
		assertThat(jdbc.queryForObject("select count(*) from appeals where case_id = ?", Integer.class, letter.caseId())).isEqualTo(2);
	}

	@Test
	void whoMayNotDraftOnTheCaseIsRefusedAndTheTaskRecordsNothing() throws Exception {
		Letter letter = dueFollowUp();

		mvc.perform(api(post("/api/tasks/" + letter.taskId() + "/follow-up"), letter.officer())).andExpect(status().isForbidden());

		assertThat(task(letter).get("followUpAppealId").isNull()).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from appeals where case_id = ?", Integer.class, letter.caseId())).isEqualTo(1);
	}

	@Test
	void theTaskIsClosedWhenItsFollowUpLetterIsDispatched() throws Exception {
		Letter letter = dueFollowUp();
		UUID draftId = UUID.fromString(read(mvc.perform(api(post("/api/tasks/" + letter.taskId() + "/follow-up"), letter.author()))
			.andExpect(status().isCreated()).andReturn()).get("followUpAppealId").asString());
		approve(letter, draftId);
		assertThat(tasks(letter.officer())).extracting(t -> t.get("kind").asString()).contains("FOLLOW_UP");

		dispatchByEmail(letter, draftId);

		assertThat(tasks(letter.officer())).extracting(t -> t.get("id").asString()).doesNotContain(letter.taskId());
		assertThat(jdbc.queryForMap("select status, closed_reason from followup_tasks where id = ?", UUID.fromString(letter.taskId())))
			.containsEntry("status", "CLOSED").containsEntry("closed_reason", "FOLLOWED_UP");
	}

	@Test
	void theWatchListOffersTheFollowUpLetterLandsOnTheDraftAndThenShowsIt() throws Exception {
		Letter letter = dueFollowUp();
		MockHttpSession session = signIn(letter.author());
		assertThat(watchList(session)).contains("Draft a follow-up letter").contains("/tasks/" + letter.taskId() + "/follow-up");

		String location = mvc.perform(post("/tasks/" + letter.taskId() + "/follow-up").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

		String draftId = task(letter).get("followUpAppealId").asString();
		assertThat(location).isEqualTo("/cases/" + letter.caseId() + "/appeals/" + draftId);
		mvc.perform(get(location).session(session)).andExpect(status().isOk());
		assertThat(watchList(session)).contains("Drafted: " + ApprovedAppeal.referenceOf(UUID.fromString(draftId)))
			.contains(location).doesNotContain("/tasks/" + letter.taskId() + "/follow-up");
	}

	@Test
	void aDecisionOnPublicationOffersNoFollowUpLetter() throws Exception {
		Letter letter = dueFollowUp();
		clock.advance(Duration.ofDays(60));
		due.run();
		String decision = tasks(letter.officer()).stream().filter(t -> t.get("kind").asString().equals("PUBLICATION_DECISION")).findFirst()
			.orElseThrow().get("id").asString();

		mvc.perform(api(post("/api/tasks/" + decision + "/follow-up"), letter.author()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("NOT_A_FOLLOW_UP"));
	}

	// ------------------------------------------------------------------ helpers

	private record Letter(String team, UUID caseId, UUID appealId, TestUser author, TestUser reviewer, TestUser officer, String taskId) {
	}

	/** An urgent appeal generated from the directory's addressees, approved, sent by email a week and a day ago: its follow-up is due. */
	private Letter dueFollowUp() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		TestUser officer = user(team, Role.ADVOCACY);
		UUID caseId = UUID.fromString(read(mvc.perform(api(post("/api/cases"), author).content(json.writeValueAsString(Map.of(
				"title", "Five refugees", "countryOfCustody", "CN", "countryOfFearedReturn", "KP", "summary", "summary", "priority", "URGENT"))))
			.andExpect(status().isCreated()).andReturn()).get("id").asString());
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), author)
			.content("{\"kind\": \"GROUP\", \"publicLabel\": \"Refugee group A\", \"numberOfPersons\": 5, \"role\": \"AT_RISK\"}"))
			.andExpect(status().isCreated());
		Suggestion suggestion = addressees.suggest(new SuggestionFacts("CN", "police"));
		UUID appealId = UUID.fromString(read(mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), author)
			.content(json.writeValueAsString(Map.of("kind", "URGENT_APPEAL", "language", "en", "generate", true,
					"addresseeIds", suggestion.addressees().stream().map(Authority::id).toList(),
					"copyIds", suggestion.copies().stream().map(Authority::id).toList()))))
			.andExpect(status().isCreated()).andReturn()).get("id").asString());
		Letter letter = new Letter(team, caseId, appealId, author, reviewer, officer, null);
		approve(letter, appealId);
		JsonNode attempt = dispatchByEmail(letter, appealId);
		clock.set(java.time.Instant.parse(attempt.get("sentAt").asString()).plus(Duration.ofDays(8)));
		due.run();
		String taskId = tasks(officer).stream().filter(t -> t.get("appealId").asString().equals(appealId.toString())).findFirst()
			.orElseThrow().get("id").asString();
		return new Letter(team, caseId, appealId, author, reviewer, officer, taskId);
	}

	private void approve(Letter letter, UUID appealId) throws Exception {
		String url = "/api/cases/" + letter.caseId() + "/appeals/" + appealId;
		mvc.perform(api(post(url + "/submit"), letter.author()).content("{\"version\": 0}")).andExpect(status().isOk());
		mvc.perform(api(post(url + "/approve"), letter.reviewer()).content(json.writeValueAsString(Map.of("version", 1, "password", PASSWORD))))
			.andExpect(status().isOk());
	}

	/** Sends the appeal by email and waits until it went out (and every listener ran); answers the attempt. */
	private JsonNode dispatchByEmail(Letter letter, UUID appealId) throws Exception {
		String dispatches = "/api/cases/" + letter.caseId() + "/appeals/" + appealId + "/dispatches";
		mvc.perform(api(post(dispatches), letter.officer()).content(json.writeValueAsString(Map.of("channels",
				List.of(Map.of("channel", "EMAIL", "to", "general-office-" + UUID.randomUUID() + "@gov.example.org"))))))
			.andExpect(status().isCreated());
		awaitListeners();
		return read(mvc.perform(api(get(dispatches), letter.officer())).andExpect(status().isOk()).andReturn()).get(0);
	}

	private JsonNode task(Letter letter) throws Exception {
		return tasks(letter.officer()).stream().filter(t -> t.get("id").asString().equals(letter.taskId())).findFirst().orElseThrow();
	}

	private List<JsonNode> tasks(TestUser user) throws Exception {
		List<JsonNode> found = new java.util.ArrayList<>();
		read(mvc.perform(api(get("/api/tasks"), user)).andExpect(status().isOk()).andReturn()).forEach(found::add);
		return found;
	}

	private String watchList(MockHttpSession session) throws Exception {
		return mvc.perform(get("/watch").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
