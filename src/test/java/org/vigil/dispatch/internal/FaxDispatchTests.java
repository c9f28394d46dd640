package org.vigil.dispatch.internal;

import java.util.List;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.vigil.accounts.Role;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 2 (fax): a fax is an email to the gateway's address for the number (GreenMail here),
 * carrying the cover sheet and the letter as one PDF; a fax longer than the gateway's limit is refused
 * unless the officer confirms it; the gateway's report, arriving in the reply mailbox, marks the fax
 * delivered or failed.
 */
class FaxDispatchTests extends DispatchIntegrationTest {

	private static final String NUMBER = "+86 10 6551 2345";

	private static final String GATEWAY_ADDRESS = "00861065512345@" + FAX_GATEWAY;

	@Test
	void aFaxGoesToTheGatewayAddressOfItsNumberWithTheCoverSheetAheadOfTheLetterInOnePdf() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you on behalf of five refugees.");
		TestUser officer = user(team, Role.ADVOCACY);
		int before = mailFor(GATEWAY_ADDRESS).size();

		dispatchOn(officer, appeal, "FAX", NUMBER, false).andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].channel").value("FAX")).andExpect(jsonPath("$[0].destination").value(NUMBER));

		eventually(() -> assertThat(mailFor(GATEWAY_ADDRESS)).hasSize(before + 1));
		byte[] fax = pdfOf(mailFor(GATEWAY_ADDRESS).get(before));
		byte[] letter = mvc.perform(api(get("/api/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId() + "/pdf"), officer))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument faxed = Loader.loadPDF(fax); PDDocument alone = Loader.loadPDF(letter)) {
			assertThat(faxed.getNumberOfPages()).isEqualTo(alone.getNumberOfPages() + 1);
			PDFTextStripper firstPage = new PDFTextStripper();
			firstPage.setEndPage(1);
			assertThat(firstPage.getText(faxed)).contains(NUMBER).doesNotContain("five refugees");
		}
		eventually(() -> assertThat(attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("status").asString()).isEqualTo("SENT"));
	}

	@Test
	void aFaxLongerThanTheGatewayTakesIsRefusedNamingItsPagesUntilTheOfficerConfirmsIt() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you on behalf of five refugees held near Yanji. ".repeat(400));
		TestUser officer = user(team, Role.ADVOCACY);

		dispatchOn(officer, appeal, "FAX", NUMBER, false).andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("FAX_TOO_LONG"))
			.andExpect(jsonPath("$.errors[0].field").value("channels[0].channel"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("more than the 2")));
		assertThat(attempts(officer, appeal.caseId(), appeal.appealId())).isEmpty();

		dispatchOn(officer, appeal, "FAX", NUMBER, true).andExpect(status().isCreated());
	}

	@Test
	void theGatewaysConfirmationInTheMailboxMarksTheFaxDeliveredAndStaysOutOfTriage() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		JsonNode attempt = sentFax(officer, appeal, "+44 20 7946 0001");

		deliverRaw("""
				From: Fax Gateway <reports@%s>
				To: %s
				Subject: Fax delivered to 00442079460001 (2 pages)
				In-Reply-To: %s
				Message-ID: <report-1-%s@%s>
				Content-Type: text/plain; charset=UTF-8

				Your fax was transmitted successfully.
				""".formatted(FAX_GATEWAY, MAILBOX, attempt.get("messageId").asString(), attempt.get("id").asString(), FAX_GATEWAY));
		fetchMailbox(officer).andExpect(status().isOk()).andExpect(jsonPath("$.reports").value(1));

		JsonNode after = attempts(officer, appeal.caseId(), appeal.appealId()).get(0);
		assertThat(after.get("status").asString()).isEqualTo("DELIVERED");
		assertThat(after.get("receipt").asString()).contains("Fax delivered");
		assertThat(mvc.perform(api(get("/api/triage"), officer)).andReturn().getResponse().getContentAsString())
			.doesNotContain("Fax delivered to 00442079460001");
	}

	@Test
	void theGatewaysFailureReportQuotingTheMessageIdMarksTheFaxFailedWithItsReason() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		JsonNode attempt = sentFax(officer, appeal, "+44 20 7946 0002");

		deliverRaw("""
				From: reports@%s
				To: %s
				Subject: Fax report
				Message-ID: <report-2-%s@%s>
				Content-Type: text/plain; charset=UTF-8

				Transmission failed after 3 attempts: line busy.
				Original message: %s
				""".formatted(FAX_GATEWAY, MAILBOX, attempt.get("id").asString(), FAX_GATEWAY, attempt.get("messageId").asString()));
		fetchMailbox(officer).andExpect(status().isOk());

		JsonNode after = attempts(officer, appeal.caseId(), appeal.appealId()).get(0);
		assertThat(after.get("status").asString()).isEqualTo("FAILED");
		assertThat(after.get("lastError").asString()).isEqualTo("Fax report");
	}

	@Test
	void aFaxNumberThatIsNoNumberIsABadRequestNamingTheField() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);

		dispatchOn(officer, appeal, "FAX", "fax@gov.example.org", false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.refusal").value("ADDRESS_INVALID"))
			.andExpect(jsonPath("$.errors[0].field").value("channels[0].to"));
		assertThat(attempts(officer, appeal.caseId(), appeal.appealId())).isEmpty();
	}

	private JsonNode sentFax(TestUser officer, Approved appeal, String number) throws Exception {
		dispatchOn(officer, appeal, "FAX", number, false).andExpect(status().isCreated());
		eventually(() -> assertThat(attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("status").asString()).isEqualTo("SENT"));
		return attempts(officer, appeal.caseId(), appeal.appealId()).get(0);
	}

	private static byte[] pdfOf(MimeMessage message) throws Exception {
		List<byte[]> found = new java.util.ArrayList<>();
		collectPdfs(message, found);
		assertThat(found).as("one PDF attached").hasSize(1);
		return found.get(0);
	}

	private static void collectPdfs(Part part, List<byte[]> found) throws Exception {
		if (part.isMimeType("application/pdf")) {
			found.add(part.getInputStream().readAllBytes());
		}
		else if (part.getContent() instanceof Multipart parts) {
			for (int i = 0; i < parts.getCount(); i++) {
				collectPdfs(parts.getBodyPart(i), found);
			}
		}
	}

}
