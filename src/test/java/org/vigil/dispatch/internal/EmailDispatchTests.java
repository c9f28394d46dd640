package org.vigil.dispatch.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.vigil.accounts.Role;
import org.vigil.appeals.ApprovedAppeal;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, items 1–3: an approved appeal dispatched by email reaches the SMTP server once, with its
 * references in the subject, its text as the body and the Message-ID its attempt keeps; an appeal that
 * is not approved, a caller who is not an advocate of the team, and a destination already sent to
 * are refused.
 */
class EmailDispatchTests extends DispatchIntegrationTest {

	@Test
	void anApprovedAppealSentByEmailArrivesWithBothReferencesInTheSubjectAndTheTextInTheBody() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you on behalf of five refugees held near Yanji.");
		TestUser officer = user(team, Role.ADVOCACY);
		String to = uniqueAddress("general-office");

		dispatch(officer, appeal.caseId(), appeal.appealId(), to)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].status").value("PENDING"))
			.andExpect(jsonPath("$[0].destination").value(to));

		eventually(() -> assertThat(mailFor(to)).hasSize(1));
		MimeMessage received = mailFor(to).get(0);
		String caseReference = reference(appeal.author(), appeal.caseId());
		assertThat(received.getSubject()).contains("Do not return the five refugees").contains(caseReference)
			.contains(ApprovedAppeal.referenceOf(appeal.appealId()));
		assertThat(textOf(received).strip())
			.startsWith("Your Excellency, we appeal to you on behalf of five refugees held near Yanji.")
			.endsWith("That they not be returned");
		eventually(() -> assertThat(attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("status").asString()).isEqualTo("SENT"));
		JsonNode attempt = attempts(officer, appeal.caseId(), appeal.appealId()).get(0);
		assertThat(received.getMessageID()).isEqualTo(attempt.get("messageId").asString()).startsWith("<" + attempt.get("id").asString() + "@vigil.");
		assertThat(attempt.get("attempts").asInt()).isEqualTo(1);
		assertThat(attempt.get("sentAt").isNull()).isFalse();
	}

	@Test
	void aDispatchToSeveralAddresseesIsAnnouncedOnceToTheModulesThatFollowIt() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);

		dispatch(officer, appeal.caseId(), appeal.appealId(), uniqueAddress("a"), uniqueAddress("b"), uniqueAddress("c"))
			.andExpect(status().isCreated());
		eventually(() -> assertThat(attempts(officer, appeal.caseId(), appeal.appealId()).findValues("status"))
			.allMatch(status -> status.asString().equals("SENT")).hasSize(3));
		awaitListeners();

		// One publication per listener (follow-up's due dates, urgency), not one per letter.
		assertThat(jdbc.queryForObject("select count(distinct serialized_event) from event_publication where event_type like ? "
				+ "and serialized_event like ?", Long.class, "%AppealDispatched", "%" + appeal.appealId() + "%")).isEqualTo(1L);
	}

	@Test
	void theDispatchAndEveryTryAreAudited() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		String to = uniqueAddress("audited");
		dispatch(officer, appeal.caseId(), appeal.appealId(), to).andExpect(status().isCreated());
		eventually(() -> assertThat(mailFor(to)).hasSize(1));
		UUID attemptId = UUID.fromString(attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("id").asString());

		eventually(() -> assertThat(jdbc.queryForList("select actor || ' ' || action || ':' || outcome from audit_entries "
				+ "where record_id = ? order by id", String.class, attemptId.toString()))
			.containsExactly(officer.username() + " dispatch.requested:success", "vigil:dispatch dispatch.sent:success"));
	}

	@Test
	void anAppealNotYetApprovedIsNotSent() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draftAppeal(author, caseId, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);

		dispatch(officer, caseId, appealId, uniqueAddress("draft"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("APPEAL_NOT_APPROVED"));
		assertThat(attempts(officer, caseId, appealId)).isEmpty();
	}

	@Test
	void aResearcherWhoIsNoAdvocateMayNotDispatch() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");

		dispatch(appeal.author(), appeal.caseId(), appeal.appealId(), uniqueAddress("researcher"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("NOT_TEAM_ADVOCATE"));
	}

	@Test
	void anAdvocateOfAnotherTeamDoesNotFindTheAppeal() throws Exception {
		Approved appeal = approvedAppeal(newTeam(), "Your Excellency, we appeal to you.");
		TestUser stranger = user(newTeam(), Role.ADVOCACY);

		dispatch(stranger, appeal.caseId(), appeal.appealId(), uniqueAddress("stranger")).andExpect(status().isNotFound());
	}

	@Test
	void dispatchingAgainToTheSameDestinationIsRefusedAndOnlyOneMessageArrives() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		String to = uniqueAddress("twice");
		dispatch(officer, appeal.caseId(), appeal.appealId(), to, to.toUpperCase()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.length()").value(1));
		eventually(() -> assertThat(mailFor(to)).hasSize(1));

		dispatch(officer, appeal.caseId(), appeal.appealId(), to)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("ALREADY_DISPATCHED"));
		eventually(() -> assertThat(attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("status").asString()).isEqualTo("SENT"));
		assertThat(mailFor(to)).hasSize(1);
		assertThat(attempts(officer, appeal.caseId(), appeal.appealId())).hasSize(1);
	}

	@Test
	void aLetterWaitsWhileTheMailServerIsDownAndArrivesExactlyOnceWhenItIsBack() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		String to = uniqueAddress("outage");
		mail.stop();

		dispatch(officer, appeal.caseId(), appeal.appealId(), to).andExpect(status().isCreated());
		eventually(() -> {
			JsonNode attempt = attempts(officer, appeal.caseId(), appeal.appealId()).get(0);
			assertThat(attempt.get("status").asString()).isEqualTo("PENDING");
			assertThat(attempt.get("attempts").asInt()).isGreaterThanOrEqualTo(2);
			assertThat(attempt.get("lastError").asString()).contains("connect");
		});
		mail = startMail();

		eventually(() -> assertThat(attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("status").asString()).isEqualTo("SENT"));
		eventually(() -> assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
				+ "and serialized_event like ?", Integer.class, "%" + attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("id").asString() + "%"))
			.isZero());
		List<MimeMessage> received = mailFor(to);
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getMessageID()).isEqualTo(attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("messageId").asString());
	}

	@Test
	void anAddressThatIsNoEmailAddressIsABadRequestNamingTheField() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);

		dispatch(officer, appeal.caseId(), appeal.appealId(), "not an address")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("channels[0].to"));
	}

	@Test
	void anAuthorityChosenFromTheDirectoryIsSentToAtItsEmailAddress() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you on behalf of five refugees held near Yanji.");
		TestUser officer = user(team, Role.ADVOCACY);
		String to = uniqueAddress("mission");
		String authorityId = read(mvc.perform(api(post("/api/authorities"), user(newTeam(), Role.ADMINISTRATOR))
			.content(json.writeValueAsString(Map.of("country", "CN", "kind", "PERMANENT_MISSION_GENEVA",
					"title", "Permanent Mission of China in Geneva", "languages", List.of("zh", "en"),
					"channels", List.of(Map.of("kind", "EMAIL", "value", to, "asOf", "2026-11-20",
							"source", "The mission's reply of 20 November 2026"))))))
			.andExpect(status().isCreated()).andReturn()).get("id").asString();

		mvc.perform(api(post(dispatchesUrl(appeal.caseId(), appeal.appealId())), officer)
				.content("{\"channels\": [{\"authorityId\": \"" + authorityId + "\", \"channel\": \"EMAIL\"}]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].destination").value(to));
		eventually(() -> assertThat(mailFor(to)).hasSize(1));
	}

}
