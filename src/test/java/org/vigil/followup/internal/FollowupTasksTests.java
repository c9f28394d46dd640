package org.vigil.followup.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.accounts.Role;
import org.vigil.support.DispatchingIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 6: a letter sent sets a follow-up due a week later and a decision on publication
 * sixty days later; each opens on its day (the clock is moved, the schedule's job run), is reminded
 * of once by email, and is finished, assigned or snoozed by the team's officers; a reply closes the
 * follow-up.
 */
class FollowupTasksTests extends DispatchingIntegrationTest {

	@Autowired
	DueTasks due;

	@Test
	void aFollowUpIsDueAWeekAfterTheLetterWentOutAndNotBefore() throws Exception {
		Sent sent = sentAppeal(newTeam());

		clock.set(sent.sentAt().plus(Duration.ofDays(7)).minusSeconds(60));
		due.run();
		assertThat(tasks(sent.officer())).isEmpty();

		clock.set(sent.sentAt().plus(Duration.ofDays(7)));
		due.run();
		JsonNode task = single(tasks(sent.officer()));
		assertThat(task.get("kind").asString()).isEqualTo("FOLLOW_UP");
		assertThat(task.get("caseId").asString()).isEqualTo(sent.caseId().toString());
		assertThat(task.get("appealId").asString()).isEqualTo(sent.appealId().toString());
		assertThat(Instant.parse(task.get("dueAt").asString())).isEqualTo(sent.sentAt().plus(Duration.ofDays(7)));
		assertThat(task.get("assignee").isNull()).isTrue();
	}

	@Test
	void sixtyDaysAfterTheLetterADecisionOnPublicationIsDue() throws Exception {
		Sent sent = sentAppeal(newTeam());
		clock.set(sent.sentAt().plus(Duration.ofDays(60)));
		due.run();
		assertThat(tasks(sent.officer()).stream().map(t -> t.get("kind").asString())).containsExactly("FOLLOW_UP", "PUBLICATION_DECISION");
	}

	@Test
	void aReplyReceivedClosesTheFollowUpButNotTheDecisionOnPublication() throws Exception {
		Sent sent = sentAppeal(newTeam());
		mvc.perform(api(post("/api/cases/" + sent.caseId() + "/appeals/" + sent.appealId() + "/responses"), sent.officer())
				.content(json.writeValueAsString(Map.of("receivedVia", "FAX", "type", "ACKNOWLEDGEMENT", "receivedAt", Instant.now().toString(),
						"sender", "General Office", "text", "Your letter was received."))))
			.andExpect(status().isCreated());

		clock.advance(Duration.ofDays(61));
		assertThat(due.run().answered()).isEqualTo(1);
		assertThat(tasks(sent.officer()).stream().map(t -> t.get("kind").asString())).containsExactly("PUBLICATION_DECISION");
	}

	@Test
	void theDeskIsRemindedOnceOfEachTaskByTheReferencesOnly() throws Exception {
		Sent sent = sentAppeal(newTeam());
		clock.advance(Duration.ofDays(8));
		due.run();
		due.run();

		String reference = read(mvc.perform(api(get("/api/cases/" + sent.caseId()), sent.officer())).andReturn()).get("reference").asString();
		List<MimeMessage> reminders = remindersAbout(reference);
		assertThat(reminders).hasSize(1);
		String text = reminders.get(0).getContent().toString();
		assertThat(reminders.get(0).getSubject()).isEqualTo(reference + ": Follow up: no reply yet");
		assertThat(text).contains(reference).contains("/cases/" + sent.caseId()).doesNotContain("Xi Jinping").doesNotContain("refugees");
	}

	@Test
	void aTaskMarkedDoneLeavesTheList() throws Exception {
		JsonNode task = dueFollowUp(sentAppeal(newTeam()));
		TestUser officer = officerOf(task);

		mvc.perform(api(post("/api/tasks/" + task.get("id").asString() + "/done"), officer)
				.content("{\"version\": " + task.get("version").asLong() + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.closedBy").value(officer.username()));
		assertThat(tasks(officer)).isEmpty();
	}

	@Test
	void aStepMadeOnAnOlderVersionIsRefused() throws Exception {
		JsonNode task = dueFollowUp(sentAppeal(newTeam()));
		TestUser officer = officerOf(task);
		mvc.perform(api(post("/api/tasks/" + task.get("id").asString() + "/snooze"), officer)
				.content(json.writeValueAsString(Map.of("version", task.get("version").asLong(), "until", clock.instant().plus(Duration.ofDays(2))))))
			.andExpect(status().isOk());

		mvc.perform(api(post("/api/tasks/" + task.get("id").asString() + "/done"), officer)
				.content("{\"version\": " + task.get("version").asLong() + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("STALE_VERSION"));
	}

	@Test
	void aSnoozedTaskComesBackWhenItsTimeHasCome() throws Exception {
		JsonNode task = dueFollowUp(sentAppeal(newTeam()));
		TestUser officer = officerOf(task);
		mvc.perform(api(post("/api/tasks/" + task.get("id").asString() + "/snooze"), officer)
				.content(json.writeValueAsString(Map.of("version", task.get("version").asLong(), "until", clock.instant().plus(Duration.ofDays(3))))))
			.andExpect(status().isOk());
		assertThat(tasks(officer)).isEmpty();

		clock.advance(Duration.ofDays(3));
		assertThat(tasks(officer)).hasSize(1);
	}

	@Test
	void aTaskIsSnoozedIntoTheComingYearOnly() throws Exception {
		JsonNode task = dueFollowUp(sentAppeal(newTeam()));
		mvc.perform(api(post("/api/tasks/" + task.get("id").asString() + "/snooze"), officerOf(task))
				.content(json.writeValueAsString(Map.of("version", task.get("version").asLong(), "until", clock.instant().minusSeconds(1)))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("until"));
	}

	@Test
	void aTaskAssignedToAColleagueIsTheirs() throws Exception {
		Sent sent = sentAppeal(newTeam());
		JsonNode task = dueFollowUp(sent);
		String team = sent.team();
		TestUser colleague = user(team, Role.ADVOCACY);

		mvc.perform(api(post("/api/tasks/" + task.get("id").asString() + "/assign"), sent.officer())
				.content(json.writeValueAsString(Map.of("version", task.get("version").asLong(), "assignee", colleague.username()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignee").value(colleague.username()));

		assertThat(read(mvc.perform(api(get("/api/tasks").param("mine", "true"), colleague)).andReturn())).hasSize(1);
		assertThat(read(mvc.perform(api(get("/api/tasks").param("mine", "true"), sent.officer())).andReturn())).isEmpty();
	}

	@Test
	void aTaskGoesOnlyToAnOfficerOfTheCasesTeam() throws Exception {
		JsonNode task = dueFollowUp(sentAppeal(newTeam()));
		TestUser outsider = user(newTeam(), Role.ADVOCACY);
		mvc.perform(api(post("/api/tasks/" + task.get("id").asString() + "/assign"), officerOf(task))
				.content(json.writeValueAsString(Map.of("version", task.get("version").asLong(), "assignee", outsider.username()))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assignee"));
	}

	@Test
	void aResearcherOfTheTeamSeesTheTasksButDoesNotFinishThem() throws Exception {
		Sent sent = sentAppeal(newTeam());
		JsonNode task = dueFollowUp(sent);
		TestUser researcher = user(sent.team());
		assertThat(tasks(researcher)).hasSize(1);
		mvc.perform(api(post("/api/tasks/" + task.get("id").asString() + "/done"), researcher)
				.content("{\"version\": " + task.get("version").asLong() + "}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("NOT_TEAM_FOLLOW_UP"));
	}

	@Test
	void aTaskOfAnotherTeamDoesNotExistForTheCaller() throws Exception {
		JsonNode task = dueFollowUp(sentAppeal(newTeam()));
		TestUser stranger = user(newTeam(), Role.ADVOCACY);
		assertThat(tasks(stranger)).isEmpty();
		mvc.perform(api(post("/api/tasks/" + task.get("id").asString() + "/done"), stranger)
				.content("{\"version\": " + task.get("version").asLong() + "}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void finishingATaskIsAudited() throws Exception {
		JsonNode task = dueFollowUp(sentAppeal(newTeam()));
		TestUser officer = officerOf(task);
		mvc.perform(api(post("/api/tasks/" + task.get("id").asString() + "/done"), officer)
				.content("{\"version\": " + task.get("version").asLong() + "}"))
			.andExpect(status().isOk());
		assertThat(jdbc.queryForList("select actor || ' ' || action || ':' || outcome from audit_entries where record_id = ? order by id",
				String.class, task.get("id").asString()))
			.containsExactly(officer.username() + " followup.done:success");
	}

	@Test
	void aFollowUpAppearsOnTheWatchListOfTheTeamWhenItsDayHasPassed() throws Exception {
		Sent sent = sentAppeal(newTeam());
		String reference = read(mvc.perform(api(get("/api/cases/" + sent.caseId()), sent.officer())).andReturn()).get("reference").asString();
		var session = signIn(sent.officer());
		assertThat(watchList(session)).contains("No follow-up task is due.").doesNotContain("Follow up: no reply yet");

		clock.advance(Duration.ofDays(8));
		due.run();
		assertThat(watchList(session)).contains("Follow up: no reply yet").contains(reference);
	}

	// ------------------------------------------------------------------ helpers

	private String watchList(org.springframework.mock.web.MockHttpSession session) throws Exception {
		return mvc.perform(get("/watch").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private final Map<String, TestUser> officers = new java.util.concurrent.ConcurrentHashMap<>();

	/** The appeal's follow-up, once its week has passed. */
	private JsonNode dueFollowUp(Sent sent) throws Exception {
		clock.set(sent.sentAt().plus(Duration.ofDays(8)));
		due.run();
		JsonNode task = single(tasks(sent.officer()));
		officers.put(task.get("id").asString(), sent.officer());
		return task;
	}

	private TestUser officerOf(JsonNode task) {
		return officers.get(task.get("id").asString());
	}

	private List<JsonNode> tasks(TestUser user) throws Exception {
		JsonNode list = read(mvc.perform(api(get("/api/tasks"), user)).andExpect(status().isOk()).andReturn());
		List<JsonNode> found = new java.util.ArrayList<>();
		list.forEach(found::add);
		return found;
	}

	private static JsonNode single(List<JsonNode> tasks) {
		assertThat(tasks).hasSize(1);
		return tasks.get(0);
	}

	private static List<MimeMessage> remindersAbout(String reference) throws Exception {
		List<MimeMessage> found = new java.util.ArrayList<>();
		for (MimeMessage message : MAIL.getReceivedMessages()) {
			if (message.getAllRecipients() != null && message.getAllRecipients()[0].toString().equals(DESK)
					&& message.getSubject().startsWith(reference + ":")) {
				found.add(message);
			}
		}
		return found;
	}

}
