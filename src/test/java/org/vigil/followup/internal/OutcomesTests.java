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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
		assertThat(urgency.get("reasons").get(0).asString()).isEqualTo("The people were released (recorded at follow-up).");
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

	private JsonNode urgency(Sent sent) throws Exception {
		return read(mvc.perform(api(get("/api/cases/" + sent.caseId() + "/urgency"), sent.officer())).andExpect(status().isOk()).andReturn());
	}

	private static String outcomeUrl(Sent sent) {
		return "/api/cases/" + sent.caseId() + "/appeals/" + sent.appealId() + "/outcome";
	}

}
