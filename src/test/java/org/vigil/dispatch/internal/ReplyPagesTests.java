package org.vigil.dispatch.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.vigil.accounts.Role;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, items 5 and 7: a reply by post, fax or telephone logged on the appeal's page, with its scan
 * sealed and downloaded back, and the impact
 * (HURIDOCS MT44) of a reply — one the mailbox matched has none — set and changed on the page and through
 * the API, on the version read.
 */
class ReplyPagesTests extends DispatchIntegrationTest {

	@Test
	void anOfficerLogsALetterByPostFromTheAppealPageAndItIsAmongTheAppealsReplies() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		MockHttpSession session = signIn(officer);
		String appealPage = "/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId();
		assertThat(section(session, appeal)).contains(appealPage + "/responses/new");
		assertThat(mvc.perform(get(appealPage + "/responses/new").session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("Log a reply").contains("name=\"receivedOn\"").contains("name=\"impact\"");

		mvc.perform(post(appealPage + "/responses").session(session).with(csrf()).param("receivedOn", LocalDate.now().minusDays(1).toString())
			.param("receivedVia", "POST").param("type", "INFORMATION_PROVIDED").param("impact", "POSITIVE")
			.param("sender", "Ministry of Public Security").param("text", "The five are held in Yanji and in good health."))
			.andExpect(status().is3xxRedirection());

		JsonNode reply = responses(officer, appeal).get(0);
		assertThat(reply.get("receivedVia").asString()).isEqualTo("POST");
		assertThat(reply.get("matchedBy").asString()).isEqualTo("LOGGED");
		assertThat(reply.get("impact").asString()).isEqualTo("POSITIVE");
		assertThat(reply.get("text").asString()).isEqualTo("The five are held in Yanji and in good health.");
		assertThat(section(session, appeal)).contains("Ministry of Public Security").contains("Positive impact");
	}

	@Test
	void aLetterByPostLoggedWithItsPdfScanKeepsTheScanSealedAndItDownloadsBackIdentical() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		MockHttpSession session = signIn(officer);
		String appealPage = "/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId();
		assertThat(mvc.perform(get(appealPage + "/responses/new").session(session)).andReturn().getResponse().getContentAsString())
			.contains("enctype=\"multipart/form-data\"").contains("name=\"scan\"");
		byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% the ministry's letter of " + UUID.randomUUID() + "\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);

		mvc.perform(logged(appealPage, new MockMultipartFile("scan", "C:\\Scans\\答复.pdf", "application/pdf", pdf)).session(session))
			.andExpect(status().is3xxRedirection());

		JsonNode file = responses(officer, appeal).get(0).get("attachments").get(0);
		assertThat(file.get("name").asString()).isEqualTo("答复.pdf");
		assertThat(file.get("mediaType").asString()).isEqualTo("application/pdf");
		assertThat(file.get("size").asLong()).isEqualTo(pdf.length);
		byte[] sealed = jdbc.queryForObject("select content from dispatch_reply_files where id = ?::uuid", byte[].class, file.get("id").asString());
		assertThat(sealed).isNotEqualTo(pdf);
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF").doesNotContain("the ministry's letter");
		String link = appealPage + "/responses/" + responses(officer, appeal).get(0).get("id").asString() + "/files/" + file.get("id").asString();
		assertThat(section(session, appeal)).contains(link);
		MockHttpServletResponse download = mvc.perform(get(link).session(session)).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		// Whoever sees the case may read its replies' files: a researcher of the team too.
		assertThat(mvc.perform(get(link).session(signIn(appeal.author()))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray()).isEqualTo(pdf);
		mvc.perform(get(link).session(signIn(user(newTeam(), Role.ADVOCACY)))).andExpect(status().isNotFound());
	}

	@Test
	void aScanThatIsNeitherAPdfNorAnImageOrIsTooLargeIsRefusedOnTheFormAndNothingIsSaved() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		MockHttpSession session = signIn(officer);
		String appealPage = "/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId();
		long filesBefore = jdbc.queryForObject("select count(*) from dispatch_reply_files", Long.class);

		String notAScan = mvc.perform(logged(appealPage, new MockMultipartFile("scan", "letter.pdf", "application/pdf",
				"<script>alert('a web page, not a scan')</script>".getBytes(StandardCharsets.UTF_8))).session(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(notAScan).contains("Some fields need attention").contains("A scan is a PDF or an image (PNG, JPEG or TIFF)")
			.contains("Nothing was saved.").contains("The five are held in Yanji.");

		byte[] tooLarge = new byte[25 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 8);
		String large = mvc.perform(logged(appealPage, new MockMultipartFile("scan", "letter.pdf", "application/pdf", tooLarge)).session(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(large).contains("The scan is larger than 25 MB. Nothing was saved.");

		assertThat(responses(officer, appeal)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from dispatch_reply_files", Long.class)).isEqualTo(filesBefore);
	}

	/** The form to log a letter by post, filled in, with the file as its scan. */
	private static MockMultipartHttpServletRequestBuilder logged(String appealPage, MockMultipartFile scan) {
		return multipart(appealPage + "/responses").file(scan).with(csrf())
			.param("receivedOn", LocalDate.now().minusDays(1).toString()).param("receivedVia", "POST").param("type", "INFORMATION_PROVIDED")
			.param("sender", "Ministry of Public Security").param("text", "The five are held in Yanji.");
	}

	@Test
	void aReplyWithoutSenderAndDatedTomorrowIsAnsweredOnTheFormAndNotLogged() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		MockHttpSession session = signIn(officer);
		String appealPage = "/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId();

		String page = mvc.perform(post(appealPage + "/responses").session(session).with(csrf())
			.param("receivedOn", LocalDate.now().plusDays(2).toString()).param("receivedVia", "FAX").param("type", "DENIAL")
			.param("sender", " ").param("subject", "A line\nand another").param("text", "We refuse."))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Some fields need attention").contains("today at the latest").contains("Write this on one line.")
			.contains("Fill in this field").contains("We refuse.");
		assertThat(responses(officer, appeal)).isEmpty();
	}

	@Test
	void aResearcherIsNotOfferedTheFormAndCannotLogAReply() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		MockHttpSession session = signIn(appeal.author());
		String appealPage = "/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId();

		assertThat(section(session, appeal)).doesNotContain("/responses/new");
		assertThat(mvc.perform(get(appealPage + "/responses/new").session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).doesNotContain("name=\"receivedOn\"");
		mvc.perform(post(appealPage + "/responses").session(session).with(csrf()).param("receivedOn", LocalDate.now().toString())
			.param("receivedVia", "POST").param("type", "DENIAL").param("sender", "Ministry").param("text", "No."))
			.andExpect(status().isForbidden());
	}

	@Test
	void theImpactOfAReplyMatchedByTheMailboxIsSetOnThePageAndCountedOnTheDirectorsPage() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		UUID replyId = matchedReply(officer, appeal);
		MockHttpSession session = signIn(officer);
		assertThat(responses(officer, appeal).get(0).get("impact").isNull()).isTrue();
		long before = impactCount("POSITIVE");

		mvc.perform(post("/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId() + "/responses/" + replyId + "/impact").session(session)
			.with(csrf()).param("impact", "POSITIVE").param("version", "0")).andExpect(status().is3xxRedirection());

		assertThat(responses(officer, appeal).get(0).get("impact").asString()).isEqualTo("POSITIVE");
		assertThat(impactCount("POSITIVE")).isEqualTo(before + 1);
	}

	@Test
	void theImpactIsChangedThroughTheApiOnTheVersionReadAndAnOlderVersionIsRefused() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		UUID replyId = matchedReply(officer, appeal);
		String impact = "/api/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId() + "/responses/" + replyId + "/impact";

		mvc.perform(api(put(impact), officer).content(json.writeValueAsString(Map.of("impact", "NEGATIVE", "version", 0))))
			.andExpect(status().isOk()).andExpect(jsonPath("$.impact").value("NEGATIVE")).andExpect(jsonPath("$.version").value(1));
		mvc.perform(api(put(impact), officer).content(json.writeValueAsString(Map.of("impact", "POSITIVE", "version", 0))))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.refusal").value("STALE_VERSION"));
		mvc.perform(api(put(impact), officer).content("{\"impact\": \"POSITIVE\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));

		assertThat(responses(officer, appeal).get(0).get("impact").asString()).isEqualTo("NEGATIVE");
	}

	@Test
	void theImpactOfAReplyOfAnotherAppealIsNotFound() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		Approved other = approvedAppeal(team, "Your Excellency, we appeal to you again.");
		TestUser officer = user(team, Role.ADVOCACY);
		UUID replyId = matchedReply(officer, appeal);

		mvc.perform(api(put("/api/cases/" + other.caseId() + "/appeals/" + other.appealId() + "/responses/" + replyId + "/impact"), officer)
			.content(json.writeValueAsString(Map.of("impact", "NEGATIVE", "version", 0)))).andExpect(status().isNotFound());
	}

	/** A letter of the appeal sent by email, and a reply in its thread read from the mailbox. */
	private UUID matchedReply(TestUser officer, Approved appeal) throws Exception {
		dispatch(officer, appeal.caseId(), appeal.appealId(), uniqueAddress("gb")).andExpect(status().isCreated());
		eventually(() -> assertThat(attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("status").asString()).isEqualTo("SENT"));
		String messageId = attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("messageId").asString();
		deliverRaw("From: gb@gov.example.org\nTo: " + MAILBOX + "\nSubject: Re: your letter\nMessage-ID: <" + UUID.randomUUID()
				+ "@gov.example.org>\nIn-Reply-To: " + messageId + "\nContent-Type: text/plain; charset=UTF-8\n\nWe received it.\n");
		fetchMailbox(officer).andExpect(status().isOk());
		return UUID.fromString(responses(officer, appeal).get(0).get("id").asString());
	}

	private JsonNode responses(TestUser officer, Approved appeal) throws Exception {
		return read(mvc.perform(api(get("/api/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId() + "/responses"), officer))
			.andExpect(status().isOk()).andReturn());
	}

	private String section(MockHttpSession session, Approved appeal) throws Exception {
		return mvc.perform(get("/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId() + "/dispatch/section").session(session)
			.header("HX-Request", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The directors' impact chart's count for the impact, as its CSV gives it. */
	private long impactCount(String impact) throws Exception {
		MockHttpSession director = signIn(user(newTeam(), Role.REVIEWER));
		String label = "\"" + (impact.equals("POSITIVE") ? "Positive impact" : impact) + "\",";
		String csv = new String(mvc.perform(get("/reports/appeals/impact.csv").session(director)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		return csv.lines().filter(l -> l.startsWith(label)).findFirst().map(l -> Long.parseLong(l.substring(l.lastIndexOf(',') + 1).strip()))
			.orElse(0L);
	}

}
