package org.vigil.dispatch.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.vigil.accounts.Role;
import org.vigil.appeals.ApprovedAppeal;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 5: replies arrive in the organisation's mailbox (GreenMail's IMAP) and are matched
 * to their appeal by thread, by the reference in their subject, or by their sender when letters of one
 * appeal only went to its address; the rest wait in triage, where an officer attaches or dismisses
 * them. Their text is kept sealed, as plain text, whatever they hold. A reply logged by hand carries
 * its scan, sealed too.
 */
class ReplyIntakeTests extends DispatchIntegrationTest {

	@org.springframework.beans.factory.annotation.Autowired
	private org.vigil.vault.CaseKeys keys;

	@Test
	void aReplyInTheThreadOfALetterIsAttachedToItsAppealWithItsSenderSubjectAndText() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		String messageId = sentLetter(officer, appeal);

		MimeMessage reply = message("gb@gov.example.org", "Re: your letter", "We acknowledge receipt of your letter.");
		reply.setHeader("In-Reply-To", messageId);
		deliver(reply);
		fetch(officer).andExpect(status().isOk()).andExpect(jsonPath("$.matched").value(1));

		JsonNode responses = responses(officer, appeal);
		assertThat(responses).hasSize(1);
		assertThat(responses.get(0).get("matchedBy").asString()).isEqualTo("THREAD");
		assertThat(responses.get(0).get("sender").asString()).contains("gb@gov.example.org");
		assertThat(responses.get(0).get("subject").asString()).isEqualTo("Re: your letter");
		assertThat(responses.get(0).get("text").asString()).contains("We acknowledge receipt of your letter.");
		assertThat(jdbc.queryForObject("select body from dispatch_replies where id = ?::uuid", String.class,
				responses.get(0).get("id").asString())).startsWith("v1:").doesNotContain("acknowledge");
	}

	@Test
	void aReplyWithoutThreadIsMatchedByTheReferenceInItsSubject() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		sentLetter(officer, appeal);

		deliver(message("gb@gov.example.org", "Fwd: [Ref. CHN 1/2026 " + ApprovedAppeal.referenceOf(appeal.appealId()) + "] answer",
				"The persons concerned are in good health."));
		fetch(officer).andExpect(status().isOk());

		JsonNode responses = responses(officer, appeal);
		assertThat(responses).hasSize(1);
		assertThat(responses.get(0).get("matchedBy").asString()).isEqualTo("REFERENCE");
	}

	@Test
	void aReplyWithoutThreadNorReferenceFromTheAddressOneAppealWasSentToIsMatchedToItBySender() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		String ministry = uniqueAddress("mps");
		sentLetter(officer, appeal, ministry);
		String attemptId = attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("id").asString();

		// The address as the ministry's server writes it, in capitals, behind a display name.
		MimeMessage reply = message("gb@gov.example.org", "Your letter", "We have forwarded your concerns to the competent authorities.");
		reply.setFrom(new InternetAddress(ministry.toUpperCase(java.util.Locale.ROOT), "Ministry of Public Security"));
		deliver(reply);
		fetch(officer).andExpect(status().isOk()).andExpect(jsonPath("$.matched").value(1)).andExpect(jsonPath("$.triaged").value(0));

		JsonNode responses = responses(officer, appeal);
		assertThat(responses).hasSize(1);
		assertThat(responses.get(0).get("matchedBy").asString()).isEqualTo("SENDER");
		assertThat(responses.get(0).get("attemptId").asString()).isEqualTo(attemptId);
		assertThat(responses.get(0).get("text").asString()).contains("forwarded your concerns");
		assertThat(mvc.perform(get("/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId() + "/dispatch/section")
			.session(signIn(officer)).header("HX-Request", "true")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("Matched by its sender only");
	}

	@Test
	void aReplyFromAnAddressLettersOfTwoAppealsWentToWaitsInTriage() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		Approved other = approvedAppeal(team, "Your Excellency, we appeal to you again.");
		TestUser officer = user(team, Role.ADVOCACY);
		String ministry = uniqueAddress("mps");
		sentLetter(officer, appeal, ministry);
		sentLetter(officer, other, ministry);
		String subject = "Your letters " + UUID.randomUUID();

		deliver(message(ministry, subject, "Both persons are in good health."));
		fetch(officer).andExpect(status().isOk()).andExpect(jsonPath("$.matched").value(0)).andExpect(jsonPath("$.triaged").value(1));

		assertThat(inTriage(officer, subject).get("text").asString()).contains("in good health");
		assertThat(responses(officer, appeal)).isEmpty();
		assertThat(responses(officer, other)).isEmpty();
	}

	@Test
	void aReplyFromAnAddressNoLetterWentToWaitsInTriageEvenWhenItsDisplayNameIsOne() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		String ministry = uniqueAddress("mps");
		sentLetter(officer, appeal, ministry);
		String unknown = "Unknown " + UUID.randomUUID();
		String spoofed = "Spoofed " + UUID.randomUUID();

		deliver(message(uniqueAddress("someone"), unknown, "Who are you writing about?"));
		MimeMessage lookalike = message("gb@gov.example.org", spoofed, "The persons concerned are terrorists.");
		lookalike.setFrom(new InternetAddress("intruder@elsewhere.example", ministry)); // the ministry's address as a mere display name
		deliver(lookalike);
		fetch(officer).andExpect(status().isOk()).andExpect(jsonPath("$.matched").value(0)).andExpect(jsonPath("$.triaged").value(2));

		assertThat(inTriage(officer, unknown)).isNotNull();
		assertThat(inTriage(officer, spoofed).get("sender").asString()).contains("intruder@elsewhere.example");
		assertThat(responses(officer, appeal)).isEmpty();
	}

	@Test
	void aMessageThatMatchesNoAppealWaitsInTriageUntilAnOfficerAttachesIt() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		String subject = "About the five " + UUID.randomUUID();
		deliver(message("someone@gov.example.org", subject, "The five were released yesterday."));
		fetch(officer).andExpect(status().isOk());

		JsonNode waiting = inTriage(officer, subject);
		assertThat(waiting.get("text").asString()).contains("released yesterday");
		mvc.perform(api(post("/api/triage/" + waiting.get("id").asString() + "/attach"), officer).content(json.writeValueAsString(
				java.util.Map.of("caseId", appeal.caseId(), "appealId", appeal.appealId(), "type", "ACTION_TAKEN"))))
			.andExpect(status().isNoContent());

		assertThat(inTriageOrNull(officer, subject)).isNull();
		JsonNode responses = responses(officer, appeal);
		assertThat(responses).hasSize(1);
		assertThat(responses.get(0).get("type").asString()).isEqualTo("ACTION_TAKEN");
		assertThat(responses.get(0).get("text").asString()).contains("released yesterday");
	}

	@Test
	void aDismissedMessageLeavesTriageAndItsContentCannotBeReadAnyMore() throws Exception {
		TestUser officer = user(newTeam(), Role.ADVOCACY);
		String subject = "Advertisement " + UUID.randomUUID();
		deliver(message("spam@example.com", subject, "Buy now"));
		fetch(officer).andExpect(status().isOk());
		String id = inTriage(officer, subject).get("id").asString();

		mvc.perform(api(post("/api/triage/" + id + "/dismiss"), officer)).andExpect(status().isNoContent());

		assertThat(inTriageOrNull(officer, subject)).isNull();
		assertThat(keys.isShredded(UUID.fromString(id))).isTrue();
		mvc.perform(api(post("/api/triage/" + id + "/dismiss"), officer)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("REPLY_NOT_IN_TRIAGE"));
	}

	@Test
	void anHtmlReplyIsKeptAsPlainTextWithoutItsScripts() throws Exception {
		TestUser officer = user(newTeam(), Role.ADVOCACY);
		String subject = "HTML " + UUID.randomUUID();
		MimeMessage html = message("gb@gov.example.org", subject, "");
		html.setContent("<html><body><script>alert('owned')</script><p>We have <b>received</b> your appeal.</p></body></html>",
				"text/html; charset=UTF-8");
		deliver(html);
		fetch(officer).andExpect(status().isOk());

		String text = inTriage(officer, subject).get("text").asString();
		assertThat(text).contains("We have received your appeal.").doesNotContain("alert").doesNotContain("<");
	}

	@Test
	void aMessageWithBrokenMimeIsKeptAsItsTextAndMarkedMalformed() throws Exception {
		TestUser officer = user(newTeam(), Role.ADVOCACY);
		String marker = "broken-" + UUID.randomUUID();
		String raw = "From: gb@gov.example.org\r\nSubject: " + marker + "\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: multipart/mixed; boundary=\"never-closed\"\r\n\r\n--never-closed\r\n"
				+ "Content-Type: text/plain; charset=x-no-such-charset\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%not base64%%%\r\n";
		deliver(new MimeMessage(Session.getInstance(new java.util.Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
		fetch(officer).andExpect(status().isOk());

		JsonNode waiting = inTriage(officer, marker);
		assertThat(waiting).isNotNull();
		assertThat(waiting.get("text").isString()).isTrue();
	}

	@Test
	void aMalformedMessageAmongOthersReadTogetherLeavesEveryOtherKeptAndMatched() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		String messageId = sentLetter(officer, appeal);
		String marker = "group-" + UUID.randomUUID();

		MimeMessage inThread = message("gb@gov.example.org", "Re: your letter", "Received, " + marker);
		inThread.setHeader("In-Reply-To", messageId);
		deliver(inThread);
		String broken = "From: gb@gov.example.org\r\nSubject: broken " + marker + "\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: multipart/mixed; boundary=\"never-closed\"\r\n\r\n--never-closed\r\n"
				+ "Content-Type: text/plain; charset=x-no-such-charset\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%not base64%%%\r\n";
		deliver(new MimeMessage(Session.getInstance(new java.util.Properties()), new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))));
		deliver(message("gb@gov.example.org", "Fwd: [Ref. CHN 2/2026 " + ApprovedAppeal.referenceOf(appeal.appealId()) + "] answer",
				"In good health, " + marker));
		deliver(message("press@example.org", "Seminar " + marker, "An invitation."));
		fetch(officer).andExpect(status().isOk()).andExpect(jsonPath("$.read").value(4)).andExpect(jsonPath("$.matched").value(2))
			.andExpect(jsonPath("$.triaged").value(2));

		JsonNode responses = responses(officer, appeal);
		assertThat(responses.valueStream().map(r -> r.get("matchedBy").asString())).containsExactlyInAnyOrder("THREAD", "REFERENCE");
		assertThat(responses.valueStream().map(r -> r.get("text").asString()))
			.anySatisfy(text -> assertThat(text).contains("Received, " + marker))
			.anySatisfy(text -> assertThat(text).contains("In good health, " + marker));
		assertThat(inTriage(officer, "broken " + marker).get("malformed").asBoolean()).isTrue();
		assertThat(inTriage(officer, "Seminar " + marker).get("text").asString()).contains("An invitation.");
	}

	@Test
	void readingTheMailboxAgainKeepsNothingTwice() throws Exception {
		TestUser officer = user(newTeam(), Role.ADVOCACY);
		String subject = "Once " + UUID.randomUUID();
		MimeMessage once = message("gb@gov.example.org", subject, "Only once");
		once.setHeader("Message-ID", "<" + UUID.randomUUID() + "@gov.example.org>");
		deliver(once);
		deliver(once); // the same message delivered twice, as a forwarding rule may do
		fetch(officer).andExpect(status().isOk());
		fetch(officer).andExpect(status().isOk()).andExpect(jsonPath("$.read").value(0));

		assertThat(read(mvc.perform(api(get("/api/triage"), officer)).andReturn()).valueStream()
			.filter(m -> subject.equals(m.get("subject").asString())).count()).isOne();
	}

	@Test
	void aReplyByPostIsLoggedByHandWithItsType() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);

		mvc.perform(api(post(responsesUrl(appeal)), officer).content(json.writeValueAsString(java.util.Map.of("receivedVia", "POST",
				"type", "DENIAL", "receivedAt", "2026-11-30T10:00:00Z", "sender", "Ministry of Public Security",
				"text", "The allegations are unfounded."))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.matchedBy").value("LOGGED"))
			.andExpect(jsonPath("$.type").value("DENIAL"));

		assertThat(responses(officer, appeal).get(0).get("text").asString()).isEqualTo("The allegations are unfounded.");
	}

	@Test
	void aScanAddedThroughTheApiToAReplyLoggedByHandIsKeptSealedAndDownloadsBackIdentical() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		String replyId = loggedByPost(officer, appeal);
		byte[] scan = ("%PDF-1.4\n% the ministry's letter " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

		mvc.perform(multipart(responsesUrl(appeal) + "/" + replyId + "/files").file(new MockMultipartFile("file", "letter.pdf",
				"application/octet-stream", scan)).header("Authorization", "Bearer " + officer.token()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.attachments[0].name").value("letter.pdf"))
			.andExpect(jsonPath("$.attachments[0].mediaType").value("application/pdf"))
			.andExpect(jsonPath("$.attachments[0].size").value(scan.length));

		String fileId = responses(officer, appeal).get(0).get("attachments").get(0).get("id").asString();
		byte[] sealed = jdbc.queryForObject("select content from dispatch_reply_files where id = ?::uuid", byte[].class, fileId);
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF").doesNotContain("the ministry's letter");
		assertThat(jdbc.queryForObject("select name from dispatch_reply_files where id = ?::uuid", String.class, fileId))
			.doesNotContain("letter.pdf");
		var download = mvc.perform(api(get(responsesUrl(appeal) + "/" + replyId + "/files/" + fileId), officer))
			.andExpect(status().isOk()).andReturn().getResponse();
		assertThat(download.getContentAsByteArray()).isEqualTo(scan);
		assertThat(download.getContentType()).isEqualTo("application/octet-stream");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment").contains("letter.pdf");
		mvc.perform(api(get(responsesUrl(appeal) + "/" + replyId + "/files/" + UUID.randomUUID()), officer)).andExpect(status().isNotFound());
	}

	@Test
	void aFileThatIsNoScanOrTooLargeIsRefusedThroughTheApiAndAReplyFromTheMailboxTakesNone() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		String replyId = loggedByPost(officer, appeal);
		String files = responsesUrl(appeal) + "/" + replyId + "/files";

		mvc.perform(multipart(files).file(new MockMultipartFile("file", "letter.pdf", "application/pdf", "MZ\u0090 a program".getBytes()))
				.header("Authorization", "Bearer " + officer.token()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.refusal").value("SCAN_NOT_ACCEPTED"))
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		byte[] tooLarge = new byte[25 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 8);
		mvc.perform(multipart(files).file(new MockMultipartFile("file", "letter.pdf", "application/pdf", tooLarge))
				.header("Authorization", "Bearer " + officer.token()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.refusal").value("SCAN_TOO_LARGE"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("larger than 25 MB")));
		assertThat(responses(officer, appeal).get(0).get("attachments")).isEmpty();

		Approved mailed = approvedAppeal(team, "Your Excellency, we appeal to you once more.");
		MimeMessage reply = message("gb@gov.example.org", "Re: your letter", "Received.");
		reply.setHeader("In-Reply-To", sentLetter(officer, mailed));
		deliver(reply);
		fetch(officer).andExpect(status().isOk());
		String mailedId = responses(officer, mailed).get(0).get("id").asString();
		mvc.perform(multipart(responsesUrl(mailed) + "/" + mailedId + "/files")
				.file(new MockMultipartFile("file", "letter.pdf", "application/pdf", "%PDF-1.7\n%%EOF\n".getBytes()))
				.header("Authorization", "Bearer " + officer.token()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("REPLY_NOT_LOGGED"));
		assertThat(responses(officer, mailed).get(0).get("attachments")).isEmpty();
	}

	@Test
	void aReplyLoggedByHandKeepsTheImpactTheOfficerJudged() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);

		mvc.perform(api(post(responsesUrl(appeal)), officer).content(json.writeValueAsString(java.util.Map.of("receivedVia", "FAX",
				"type", "ACTION_TAKEN", "impact", "POSITIVE", "receivedAt", "2026-11-30T10:00:00Z", "sender", "Ministry of Public Security",
				"text", "The persons concerned were released."))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.impact").value("POSITIVE"));

		assertThat(responses(officer, appeal).get(0).get("impact").asString()).isEqualTo("POSITIVE");
	}

	@Test
	void aLoggedReplyWithAnImpactOutsideTheVocabularyIsABadRequest() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);

		mvc.perform(api(post(responsesUrl(appeal)), officer).content(json.writeValueAsString(java.util.Map.of("receivedVia", "FAX",
				"type", "OTHER", "impact", "TREMENDOUS", "receivedAt", "2026-11-30T10:00:00Z", "sender", "Ministry", "text", "Text"))))
			.andExpect(status().isBadRequest());
		assertThat(responses(officer, appeal)).isEmpty();
	}

	@Test
	void aResearcherMayNotLogAReplyNorReadTheTriageList() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");

		mvc.perform(api(post(responsesUrl(appeal)), appeal.author()).content(json.writeValueAsString(java.util.Map.of("receivedVia", "POST",
				"type", "DENIAL", "receivedAt", "2026-11-30T10:00:00Z", "sender", "Ministry", "text", "No."))))
			.andExpect(status().isForbidden());
		mvc.perform(api(get("/api/triage"), appeal.author())).andExpect(status().isForbidden());
	}

	@Test
	void aLoggedReplyWithAControlCharacterIsABadRequestNamingTheField() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);

		mvc.perform(api(post(responsesUrl(appeal)), officer).content(json.writeValueAsString(java.util.Map.of("receivedVia", "FAX",
				"type", "OTHER", "receivedAt", "2026-11-30T10:00:00Z", "sender", "Ministry\u0007", "text", "Text"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sender"));
	}

	/** A reply by post logged through the API on the appeal; answers its id. */
	private String loggedByPost(TestUser officer, Approved appeal) throws Exception {
		return read(mvc.perform(api(post(responsesUrl(appeal)), officer).content(json.writeValueAsString(java.util.Map.of("receivedVia", "POST",
				"type", "DENIAL", "receivedAt", "2026-11-30T10:00:00Z", "sender", "Ministry of Public Security",
				"text", "The allegations are unfounded."))))
			.andExpect(status().isCreated()).andReturn()).get("id").asString();
	}

	private String sentLetter(TestUser officer, Approved appeal) throws Exception {
		return sentLetter(officer, appeal, uniqueAddress("gb"));
	}

	/** A letter of the appeal sent by email to the address; answers its Message-ID. */
	private String sentLetter(TestUser officer, Approved appeal, String to) throws Exception {
		dispatch(officer, appeal.caseId(), appeal.appealId(), to).andExpect(status().isCreated());
		eventually(() -> assertThat(attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("status").asString()).isEqualTo("SENT"));
		return attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("messageId").asString();
	}

	private static MimeMessage message(String from, String subject, String text) throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new java.util.Properties()));
		message.setFrom(new InternetAddress(from));
		message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(MAILBOX));
		message.setSubject(subject, "UTF-8");
		message.setText(text, "UTF-8");
		message.setSentDate(new java.util.Date());
		return message;
	}

	/** Delivers to the reply mailbox, keeping a Message-ID the test set (saving changes would make a new one). */
	private static void deliver(MimeMessage message) throws Exception {
		String id = message.getMessageID();
		message.saveChanges();
		if (id != null) {
			message.setHeader("Message-ID", id);
		}
		mail.getUserManager().getUserByEmail(MAILBOX).deliver(message);
	}

	private org.springframework.test.web.servlet.ResultActions fetch(TestUser officer) throws Exception {
		return mvc.perform(api(post("/api/triage/fetch"), officer));
	}

	private JsonNode responses(TestUser user, Approved appeal) throws Exception {
		return read(mvc.perform(api(get(responsesUrl(appeal)), user)).andExpect(status().isOk()).andReturn());
	}

	private static String responsesUrl(Approved appeal) {
		return "/api/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId() + "/responses";
	}

	private JsonNode inTriage(TestUser officer, String subject) throws Exception {
		JsonNode found = inTriageOrNull(officer, subject);
		assertThat(found).as("a message in triage with subject " + subject).isNotNull();
		return found;
	}

	private JsonNode inTriageOrNull(TestUser officer, String subject) throws Exception {
		for (JsonNode message : read(mvc.perform(api(get("/api/triage"), officer)).andExpect(status().isOk()).andReturn())) {
			if (message.get("subject").isString() && message.get("subject").asString().contains(subject)
					|| message.get("text").isString() && message.get("text").asString().contains(subject)) {
				return message;
			}
		}
		return null;
	}

}
