package org.vigil.followup.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.vigil.support.DispatchingIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 6 (outcome): an advocacy officer records an appeal's status (MT45) and the case's
 * outcome; released or reached safety closes the case's tasks and leaves the case dormant, saying
 * why; a forced return raises it.
 */
class OutcomesTests extends DispatchingIntegrationTest {

	@Autowired
	DueTasks due;

	@Test
	void anOutcomeRecordedIsReadBackWithWhoRecordedIt() throws Exception {
		Sent sent = sentAppeal(newTeam());
		record(sent, "ACKNOWLEDGED", "STILL_HELD", null).andExpect(status().isOk());

		mvc.perform(api(get(outcomeUrl(sent)), sent.officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.appealStatus").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$.caseOutcome").value("STILL_HELD"))
			.andExpect(jsonPath("$.recordedBy").value(sent.officer().username()))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void theOutcomeRecordedWithAnAppealIsTheCasesOwnOutcomeOnItsForm() throws Exception {
		Sent sent = sentAppeal(newTeam());
		JsonNode before = caseRecord(sent);
		assertThat(before.get("outcome").isNull()).isTrue();

		record(sent, "RESPONSE_RECEIVED", "REACHED_SAFETY", null).andExpect(status().isOk());

		JsonNode after = caseRecord(sent);
		assertThat(after.get("outcome").asString()).isEqualTo("REACHED_SAFETY");
		assertThat(after.get("version").asLong()).as("a form opened before sees the change").isGreaterThan(before.get("version").asLong());
		assertThat(after.get("updatedBy").asString()).isEqualTo(sent.officer().username());
	}

	@Test
	void anOfficerRecordsTheOutcomeWithTheFormOnTheAppealsPage() throws Exception {
		Sent sent = sentAppeal(newTeam());
		var session = signIn(sent.officer());
		String appealPage = "/cases/" + sent.caseId() + "/appeals/" + sent.appealId();
		assertThat(mvc.perform(get(appealPage).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains(appealPage + "/outcome/section");
		assertThat(outcomeSection(session, appealPage)).contains("No outcome recorded yet.").contains("Record the outcome");

		mvc.perform(post(appealPage + "/outcome").session(session).with(csrf()).param("appealStatus", "ACKNOWLEDGED")
				.param("caseOutcome", "STILL_HELD"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("done", "outcome.recorded"));

		assertThat(outcomeSection(session, appealPage)).contains("Acknowledged").contains("Still held").contains(sent.officer().username())
			.contains("name=\"version\" value=\"0\"");
		assertThat(caseRecord(sent).get("outcome").asString()).isEqualTo("STILL_HELD");
	}

	@Test
	void theFormOnAnOlderVersionIsRefusedAndRecordsNothing() throws Exception {
		Sent sent = sentAppeal(newTeam());
		record(sent, "ACKNOWLEDGED", "STILL_HELD", null).andExpect(status().isOk());
		record(sent, "ACTION_TAKEN", "RELEASED", 0L).andExpect(status().isOk());
		var session = signIn(sent.officer());
		String appealPage = "/cases/" + sent.caseId() + "/appeals/" + sent.appealId();

		mvc.perform(post(appealPage + "/outcome").session(session).with(csrf()).param("appealStatus", "CLOSED")
				.param("caseOutcome", "FORCIBLY_RETURNED").param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("refusal", "outcome.stale"));
		assertThat(caseRecord(sent).get("outcome").asString()).isEqualTo("RELEASED");
	}

	@Test
	void aResearcherSeesTheOutcomeButNoFormToRecordIt() throws Exception {
		Sent sent = sentAppeal(newTeam());
		record(sent, "ACKNOWLEDGED", "STILL_HELD", null).andExpect(status().isOk());
		var session = signIn(user(sent.team()));

		assertThat(outcomeSection(session, "/cases/" + sent.caseId() + "/appeals/" + sent.appealId())).contains("Still held")
			.doesNotContain("Record the outcome");
	}

	@Test
	void peopleReleasedCloseTheCasesTasksAndLeaveTheCaseDormantSayingWhy() throws Exception {
		Sent sent = sentAppeal(newTeam());
		clock.advance(Duration.ofDays(8));
		due.run();
		assertThat(read(mvc.perform(api(get("/api/tasks"), sent.officer())).andReturn())).hasSize(1);

		record(sent, "ACTION_TAKEN", "RELEASED", null).andExpect(status().isOk());
		awaitListeners();

		assertThat(read(mvc.perform(api(get("/api/tasks"), sent.officer())).andReturn())).isEmpty();
		JsonNode urgency = urgency(sent);
		assertThat(urgency.get("level").asString()).isEqualTo("DORMANT");
		assertThat(urgency.get("reasons").get(0).asString()).isEqualTo("The people were released (the outcome recorded for the case).");
		clock.advance(Duration.ofDays(60));
		due.run();
		assertThat(read(mvc.perform(api(get("/api/tasks"), sent.officer())).andReturn())).isEmpty();
	}

	@Test
	void peopleForciblyReturnedRaiseTheCase() throws Exception {
		Sent sent = sentAppeal(newTeam());
		record(sent, "NO_RESPONSE", "FORCIBLY_RETURNED", null).andExpect(status().isOk());
		awaitListeners();
		assertThat(urgency(sent).get("level").asString()).isEqualTo("HIGH");
	}

	@Test
	void aResearcherDoesNotRecordOutcomes() throws Exception {
		Sent sent = sentAppeal(newTeam());
		mvc.perform(api(put(outcomeUrl(sent)), user(sent.team()))
				.content(json.writeValueAsString(Map.of("appealStatus", "CLOSED", "caseOutcome", "RELEASED"))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("NOT_TEAM_FOLLOW_UP"));
	}

	@Test
	void aSecondRecordNamesTheVersionItWasMadeOn() throws Exception {
		Sent sent = sentAppeal(newTeam());
		record(sent, "ACKNOWLEDGED", "STILL_HELD", null).andExpect(status().isOk());
		record(sent, "ACTION_TAKEN", "RELEASED", null).andExpect(status().isBadRequest());
		record(sent, "ACTION_TAKEN", "RELEASED", 0L).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
		record(sent, "CLOSED", "RELEASED", 0L).andExpect(status().isConflict()).andExpect(jsonPath("$.refusal").value("STALE_VERSION"));
	}

	@Test
	void anUnknownStatusIsRefusedNamingTheField() throws Exception {
		Sent sent = sentAppeal(newTeam());
		record(sent, "WON", "RELEASED", null).andExpect(status().isBadRequest());
	}

	private ResultActions record(Sent sent, String appealStatus, String outcome, Long version) throws Exception {
		Map<String, Object> body = new HashMap<>(Map.of("appealStatus", appealStatus, "caseOutcome", outcome));
		if (version != null) {
			body.put("version", version);
		}
		return mvc.perform(api(put(outcomeUrl(sent)), sent.officer()).content(json.writeValueAsString(body)));
	}

	private JsonNode caseRecord(Sent sent) throws Exception {
		return read(mvc.perform(api(get("/api/cases/" + sent.caseId()), sent.officer())).andExpect(status().isOk()).andReturn());
	}

	private String outcomeSection(org.springframework.mock.web.MockHttpSession session, String appealPage) throws Exception {
		return mvc.perform(get(appealPage + "/outcome/section").session(session).header("HX-Request", "true")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private JsonNode urgency(Sent sent) throws Exception {
		return read(mvc.perform(api(get("/api/cases/" + sent.caseId() + "/urgency"), sent.officer())).andExpect(status().isOk()).andReturn());
	}

	private static String outcomeUrl(Sent sent) {
		return "/api/cases/" + sent.caseId() + "/appeals/" + sent.appealId() + "/outcome";
	}

}
