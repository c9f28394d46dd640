package org.vigil.dispatch.internal;

import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.accounts.Role;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, items 1–2 (post, web form, the dispatch page): a letter by post or web form waits, pending,
 * for the officer who sends it — the print run holds a cover letter and the letter for each, then the
 * address labels, the web form
 * task its text — and is marked sent by them with its receipt; the page offers every channel of the
 * directory's addressees for the country of custody.
 */
class HandDispatchTests extends DispatchIntegrationTest {

	@Test
	void aLetterByWebFormWaitsPendingUntilTheOfficerGivesTheFormsConfirmationNumber() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);

		dispatchOn(officer, appeal, "WEB_FORM", "https://gov.example.org/contact", false).andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].status").value("PENDING")).andExpect(jsonPath("$[0].nextAttemptAt").isEmpty());
		String attemptId = attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("id").asString();

		markSent(officer, appeal, attemptId, "WF-2026-0042").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SENT")).andExpect(jsonPath("$.receipt").value("WF-2026-0042"))
			.andExpect(jsonPath("$.sentBy").value(officer.username()));
		markSent(officer, appeal, attemptId, "again").andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("NOT_SENT_BY_HAND"));
		assertThat(attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("receipt").asString()).isEqualTo("WF-2026-0042");
	}

	@Test
	void anEmailIsNotMarkedSentByHand() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		dispatch(officer, appeal.caseId(), appeal.appealId(), uniqueAddress("by-hand")).andExpect(status().isCreated());
		String attemptId = attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("id").asString();

		markSent(officer, appeal, attemptId, null).andExpect(status().isConflict()).andExpect(jsonPath("$.refusal").value("NOT_SENT_BY_HAND"));
	}

	@Test
	void thePrintRunHoldsACoverLetterAndTheLetterOfEveryLetterWaitingToBePostedThenTheirAddressLabels() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you on behalf of five refugees.");
		TestUser officer = user(team, Role.ADVOCACY);
		dispatchOn(officer, appeal, "POST", "14 Dong Chang'an Street\nBeijing 100741", false).andExpect(status().isCreated());
		dispatchOn(officer, appeal, "POST", "2 Chaoyangmen Nandajie\nBeijing 100701", false).andExpect(status().isCreated());
		String url = dispatchesUrl(appeal.caseId(), appeal.appealId());
		String reference = reference(officer, appeal.caseId()) + " " + org.vigil.appeals.ApprovedAppeal.referenceOf(appeal.appealId());

		byte[] batch = mvc.perform(api(get(url + "/print"), officer)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		byte[] letter = mvc.perform(api(get("/api/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId() + "/pdf"), officer))
			.andReturn().getResponse().getContentAsByteArray();
		int letterPages;
		try (PDDocument alone = Loader.loadPDF(letter)) {
			letterPages = alone.getNumberOfPages();
		}
		java.util.List<String> pages = pagesOf(batch);
		assertThat(pages).hasSize(2 * (1 + letterPages) + 2);
		String firstCover = pages.get(0);
		assertThat(firstCover).contains("Please find enclosed our letter " + reference).contains("Ministry of Public Security")
			.contains("Beijing 100741").contains("(" + letterPages + " p.)");
		assertThat(pages.get(1)).contains("we appeal to you on behalf of five refugees");
		String secondCover = pages.get(1 + letterPages);
		assertThat(secondCover).contains("Please find enclosed").contains("2 Chaoyangmen Nandajie").doesNotContain("Beijing 100741");
		assertThat(pages.get(2 + letterPages)).contains("we appeal to you on behalf of five refugees");
		assertThat(pages.get(pages.size() - 2)).contains("Ministry of Public Security").contains("Beijing 100741")
			.doesNotContain("Please find enclosed");
		assertThat(pages.get(pages.size() - 1)).contains("2 Chaoyangmen Nandajie");

		JsonNode first = attempts(officer, appeal.caseId(), appeal.appealId()).get(0);
		markSent(officer, appeal, first.get("id").asString(), "RR123456789CN").andExpect(status().isOk());
		markSent(officer, appeal, attempts(officer, appeal.caseId(), appeal.appealId()).get(1).get("id").asString(), null)
			.andExpect(status().isOk());
		mvc.perform(api(get(url + "/print"), officer)).andExpect(status().isConflict()).andExpect(jsonPath("$.refusal").value("NOTHING_TO_PRINT"));
	}

	@Test
	void aResearcherWhoIsNoAdvocateMayNotPrintNorMarkSent() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		dispatchOn(officer, appeal, "POST", "1 Main Street\nBeijing", false).andExpect(status().isCreated());
		String attemptId = attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("id").asString();

		mvc.perform(api(get(dispatchesUrl(appeal.caseId(), appeal.appealId()) + "/print"), appeal.author())).andExpect(status().isForbidden());
		markSent(appeal.author(), appeal, attemptId, null).andExpect(status().isForbidden());
	}

	@Test
	void theDispatchPageOffersEveryChannelOfTheSuggestedAuthoritiesWithItsDateAndSendsTheTickedOnes() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		MockHttpSession session = signIn(officer);
		String appealPage = "/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId();
		String president = "c22e1be0-d9f8-5241-89f3-988e75aed91c";

		String section = mvc.perform(get(appealPage + "/dispatch/section").session(session).header("HX-Request", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(section).contains("Xi Jinping").contains("value=\"" + president + ":POST\"").contains("address as of")
			.contains("Addressee").contains("Copy");

		mvc.perform(post(appealPage + "/dispatch").session(session).with(csrf()).param("choice", president + ":POST"))
			.andExpect(status().is3xxRedirection());
		JsonNode attempt = attempts(officer, appeal.caseId(), appeal.appealId()).get(0);
		assertThat(attempt.get("channel").asString()).isEqualTo("POST");
		assertThat(attempt.get("authorityId").asString()).isEqualTo(president);
		assertThat(attempt.get("destination").asString()).contains("Zhongnanhai");

		String after = mvc.perform(get(appealPage + "/dispatch/section").session(session).header("HX-Request", "true"))
			.andReturn().getResponse().getContentAsString();
		assertThat(after).contains("Sent already").contains(appealPage + "/dispatch/print");
	}

	/** The text of each page of a PDF, first page first. */
	private static java.util.List<String> pagesOf(byte[] pdf) throws java.io.IOException {
		java.util.List<String> pages = new java.util.ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(document));
			}
		}
		return pages;
	}

	private org.springframework.test.web.servlet.ResultActions markSent(TestUser user, Approved appeal, String attemptId, String receipt)
			throws Exception {
		return mvc.perform(api(post(dispatchesUrl(appeal.caseId(), appeal.appealId()) + "/" + attemptId + "/sent"), user)
			.content(json.writeValueAsString(receipt == null ? Map.of() : Map.of("receipt", receipt))));
	}

}
