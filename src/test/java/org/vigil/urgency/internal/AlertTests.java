package org.vigil.urgency.internal;

import java.time.Duration;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.accounts.Role;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * When a case becomes imminent its team is alerted in Vigil and by email (GreenMail is the SMTP
 * server); a member acknowledges the alert; one nobody acknowledges goes on to the reviewers.
 */
class AlertTests extends UrgencyIntegrationTest {

	@Autowired
	private Alerts alerts;

	private JsonNode alertsOf(TestUser user) throws Exception {
		return read(mvc.perform(api(get("/api/alerts"), user)).andExpect(status().isOk()).andReturn());
	}

	private record Raised(UUID caseId, String alertId) {
	}

	/** A case of the researcher's team that became imminent, and the alert it raised. */
	private Raised raiseAlert(TestUser researcher) throws Exception {
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		expectTransferToHelong(caseId);
		return new Raised(caseId, alertsOf(researcher).get(0).get("id").asString());
	}

	private org.springframework.test.web.servlet.ResultActions acknowledge(TestUser user, String alertId, String body) throws Exception {
		return mvc.perform(api(post("/api/alerts/" + alertId + "/acknowledge"), user).content(body));
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A team with its mailboxes set, and one researcher in it. */
	private TestUser researcherOfATeamWithMail(String team) throws Exception {
		mailTo(team, team + "@vigil.test", team + "-reviewers@vigil.test");
		return user(team);
	}

	@Test
	void aCaseThatBecomesImminentAlertsItsTeamInVigilAndByEmail() throws Exception {
		String team = newTeam();
		TestUser researcher = researcherOfATeamWithMail(team);
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		assertThat(alertsOf(researcher)).isEmpty();
		expectTransferToHelong(caseId);
		JsonNode alert = alertsOf(researcher).get(0);
		assertThat(alert.get("caseId").asString()).isEqualTo(caseId.toString());
		assertThat(alert.get("level").asString()).isEqualTo("IMMINENT");
		assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage mail = mailFor(team + "@vigil.test").get(0);
		assertThat(mail.getSubject()).isEqualTo("[Vigil] " + reference(researcher, caseId) + ": Imminent");
		assertThat(mail.getContent().toString()).contains("/cases/" + caseId);
	}

	@Test
	void theAlertEmailNamesTheCaseAndItsLevelButNeitherAPersonNorAPlace() throws Exception {
		String team = newTeam();
		TestUser researcher = researcherOfATeamWithMail(team);
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher).content("""
				{"kind": "INDIVIDUAL", "publicLabel": "Refugee A", "role": "AT_RISK", "name": "Kim Chol-su",
				 "namesInOtherScripts": "김철수", "preciseLocation": "the back room of the church in Dandong"}"""))
			.andExpect(status().isCreated());
		expectTransferToHelong(caseId);
		assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage mail = mailFor(team + "@vigil.test").get(0);
		String everything = mail.getSubject() + "\n" + mail.getContent();
		assertThat(everything).contains(reference(researcher, caseId), "Imminent")
			.doesNotContain("Kim", "Chol-su", "김철수", "Dandong", "church", "Refugee A", "Refugee group A", "Helong", "Jilin",
					"Public Security Bureau", "North Korea");
	}

	@Test
	void aCaseThatStaysImminentIsNotAlertedTwice() throws Exception {
		String team = newTeam();
		TestUser researcher = researcherOfATeamWithMail(team);
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		expectTransferToHelong(caseId);
		reassessment.reassess(caseId);
		assertThat(alertsOf(researcher)).hasSize(1);
		assertThat(mailFor(team + "@vigil.test")).hasSize(1);
	}

	@Test
	void aMemberAcknowledgesTheAlertWhichLeavesTheListAndIsAudited() throws Exception {
		TestUser researcher = user(newTeam());
		Raised raised = raiseAlert(researcher);
		UUID caseId = raised.caseId();
		String alertId = raised.alertId();
		acknowledge(researcher, alertId, "{\"version\": 0}")
			.andExpect(status().isOk());
		assertThat(alertsOf(researcher)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from audit_entries where action = 'urgency.alert-acknowledged' and actor = ? "
				+ "and record_id = ?", Integer.class, researcher.username(), caseId.toString())).isEqualTo(1);
	}

	@Test
	void acknowledgingNeedsTheVersionAndHappensOnce() throws Exception {
		TestUser researcher = user(newTeam());
		Raised raised = raiseAlert(researcher);
		String alertId = raised.alertId();
		acknowledge(researcher, alertId, "{}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.refusal").value("VERSION_REQUIRED"));
		acknowledge(researcher, alertId, "{\"version\": 0}").andExpect(status().isOk());
		acknowledge(researcher, alertId, "{\"version\": 1}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("URGENCY_ALERT_ACKNOWLEDGED"))
			.andExpect(jsonPath("$.detail").value("The alert was already acknowledged by " + researcher.username() + "."));
	}

	@Test
	void someoneOutsideTheTeamNeitherSeesNorAcknowledgesTheAlert() throws Exception {
		TestUser researcher = user(newTeam());
		Raised raised = raiseAlert(researcher);
		String alertId = raised.alertId();
		TestUser outsider = user(newTeam());
		assertThat(alertsOf(outsider)).isEmpty();
		acknowledge(outsider, alertId, "{\"version\": 0}")
			.andExpect(status().isNotFound());
	}

	@Test
	void theWatchListShowsTheAlertAndAcknowledgesIt() throws Exception {
		TestUser researcher = user(newTeam());
		Raised raised = raiseAlert(researcher);
		String alertId = raised.alertId();
		var session = signIn(researcher);
		assertThat(mvc.perform(get("/watch").session(session)).andReturn().getResponse().getContentAsString())
			.contains("/watch/alerts/" + alertId + "/acknowledge");
		mvc.perform(post("/watch/alerts/" + alertId + "/acknowledge").session(session).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl("/watch"));
		assertThat(mvc.perform(get("/watch").session(session)).andReturn().getResponse().getContentAsString())
			.doesNotContain("/watch/alerts/" + alertId + "/acknowledge");
	}

	@Test
	void anAlertNobodyAcknowledgesGoesOnToTheReviewersAfterTheEscalationTime() throws Exception {
		String team = newTeam();
		TestUser researcher = researcherOfATeamWithMail(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		expectTransferToHelong(caseId);
		clock.advance(Duration.ofMinutes(59));
		alerts.escalateDue();
		assertThat(mailFor(team + "-reviewers@vigil.test")).isEmpty();
		clock.advance(Duration.ofMinutes(2));
		alerts.escalateDue();
		assertThat(MAIL.waitForIncomingEmail(5000, 2)).isTrue();
		MimeMessage escalation = mailFor(team + "-reviewers@vigil.test").get(0);
		assertThat(escalation.getSubject()).isEqualTo("[Vigil] Not yet acknowledged: " + reference(researcher, caseId) + ": Imminent");
		assertThat(alertsOf(reviewer).get(0).get("escalatedAt").isNull()).isFalse();
		assertThat(mvc.perform(get("/watch").session(signIn(reviewer))).andReturn().getResponse().getContentAsString())
			.contains("For you as a reviewer: nobody acknowledged it in time");
	}

	@Test
	void anAcknowledgedAlertDoesNotGoOnToTheReviewers() throws Exception {
		String team = newTeam();
		TestUser researcher = researcherOfATeamWithMail(team);
		Raised raised = raiseAlert(researcher);
		String alertId = raised.alertId();
		acknowledge(researcher, alertId, "{\"version\": 0}").andExpect(status().isOk());
		clock.advance(Duration.ofHours(2));
		alerts.escalateDue();
		assertThat(mailFor(team + "-reviewers@vigil.test")).isEmpty();
	}

	@Test
	void aTeamWithoutAMailboxIsAlertedInVigilOnly() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		expectTransferToHelong(caseId);
		assertThat(alertsOf(researcher)).hasSize(1);
		String reference = reference(researcher, caseId);
		assertThat(MAIL.getReceivedMessages()).noneMatch(mail -> subject(mail).contains(reference));
	}

}
