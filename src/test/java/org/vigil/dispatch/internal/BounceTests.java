package org.vigil.dispatch.internal;

import org.junit.jupiter.api.Test;
import org.vigil.accounts.Role;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 2 (bounces): a delivery status notification (RFC 3464) or a classic bounce quoting a
 * letter's Message-ID, arriving in the reply mailbox, marks the letter's attempt BOUNCED with the
 * reason the server gave, and is not kept as a reply.
 */
class BounceTests extends DispatchIntegrationTest {

	@Test
	void aDeliveryStatusNotificationMarksTheEmailBouncedWithTheServersDiagnostic() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		JsonNode attempt = sentEmail(officer, appeal, uniqueAddress("nobody"));

		deliverRaw("""
				From: Mail Delivery System <MAILER-DAEMON@mx.vigil.test>
				To: %s
				Subject: Undelivered Mail Returned to Sender
				Message-ID: <dsn-%s@mx.vigil.test>
				MIME-Version: 1.0
				Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

				--b1
				Content-Type: text/plain; charset=US-ASCII

				Your message could not be delivered to one or more recipients.

				--b1
				Content-Type: message/delivery-status

				Reporting-MTA: dns; mx.vigil.test

				Final-Recipient: rfc822; %s
				Action: failed
				Status: 5.1.1
				Diagnostic-Code: smtp; 550 5.1.1 user unknown

				--b1
				Content-Type: text/rfc822-headers

				Message-ID: %s
				Subject: Do not return the five refugees

				--b1--
				""".formatted(MAILBOX, attempt.get("id").asString(), attempt.get("destination").asString(),
				attempt.get("messageId").asString()));
		fetchMailbox(officer).andExpect(status().isOk()).andExpect(jsonPath("$.reports").value(1)).andExpect(jsonPath("$.triaged").value(0));

		JsonNode after = attempts(officer, appeal.caseId(), appeal.appealId()).get(0);
		assertThat(after.get("status").asString()).isEqualTo("BOUNCED");
		assertThat(after.get("lastError").asString()).isEqualTo("smtp; 550 5.1.1 user unknown");
		assertThat(mvc.perform(api(get("/api/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId() + "/responses"), officer))
			.andReturn().getResponse().getContentAsString()).isEqualTo("[]");
	}

	@Test
	void aClassicBounceQuotingTheMessageIdMarksTheEmailBounced() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		JsonNode attempt = sentEmail(officer, appeal, uniqueAddress("gone"));

		deliverRaw("""
				From: postmaster@gov.example.org
				To: %s
				Subject: failure notice
				Message-ID: <bounce-%s@gov.example.org>
				Content-Type: text/plain; charset=UTF-8

				Sorry, we were unable to deliver your message: the mailbox is full.

				--- Below this line is a copy of the message.
				Message-ID: %s
				""".formatted(MAILBOX, attempt.get("id").asString(), attempt.get("messageId").asString()));
		fetchMailbox(officer).andExpect(status().isOk());

		JsonNode after = attempts(officer, appeal.caseId(), appeal.appealId()).get(0);
		assertThat(after.get("status").asString()).isEqualTo("BOUNCED");
		assertThat(after.get("lastError").asString()).contains("failure notice").contains("mailbox is full");
	}

	@Test
	void aBounceNamingNoLetterOfVigilsWaitsInTriageLikeAnyMessage() throws Exception {
		TestUser officer = user(newTeam(), Role.ADVOCACY);
		String subject = "Undelivered Mail " + java.util.UUID.randomUUID();

		deliverRaw("""
				From: MAILER-DAEMON@mx.vigil.test
				To: %s
				Subject: %s
				Content-Type: text/plain; charset=UTF-8

				A message you did not send could not be delivered.
				""".formatted(MAILBOX, subject));
		fetchMailbox(officer).andExpect(status().isOk()).andExpect(jsonPath("$.reports").value(0));

		assertThat(mvc.perform(api(get("/api/triage"), officer)).andReturn().getResponse().getContentAsString()).contains(subject);
	}

	private JsonNode sentEmail(TestUser officer, Approved appeal, String to) throws Exception {
		dispatch(officer, appeal.caseId(), appeal.appealId(), to).andExpect(status().isCreated());
		eventually(() -> assertThat(attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("status").asString()).isEqualTo("SENT"));
		return attempts(officer, appeal.caseId(), appeal.appealId()).get(0);
	}

}
