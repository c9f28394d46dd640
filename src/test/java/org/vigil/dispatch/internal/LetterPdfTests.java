package org.vigil.dispatch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.vigil.accounts.Role;
import org.vigil.appeals.ApprovedAppeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The letter of an approved appeal as a PDF: downloaded from the API by whoever may see the case,
 * and attached to the email that dispatch sends — with the references of the case and of the
 * appeal on every page, the approved text and its asks. A draft has no letter; another team's
 * case has none to show.
 */
class LetterPdfTests extends DispatchIntegrationTest {

	private static final String LONG_BODY = "Your Excellency, we appeal to you on behalf of five refugees held near Yanji.\n\n"
			+ "They were arrested in Shenyang and are to be moved to Helong, close to the border. ".repeat(60);

	static List<String> pages(byte[] pdf) throws Exception {
		List<String> pages = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper text = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				text.setStartPage(page);
				text.setEndPage(page);
				pages.add(text.getText(document).replaceAll("\\s+", " "));
			}
		}
		return pages;
	}

	@Test
	void theLetterOfAnApprovedAppealHoldsBothReferencesOnEveryPageTheTextAndTheAsks() throws Exception {
		Approved appeal = approvedAppeal(newTeam(), LONG_BODY);
		byte[] pdf = mvc.perform(api(get(dispatchesUrl(appeal.caseId(), appeal.appealId()).replace("/dispatches", "/pdf")), appeal.author()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();

		List<String> pages = pages(pdf);
		String caseReference = reference(appeal.author(), appeal.caseId());
		assertThat(pages).as("a long letter takes more than one page").hasSizeGreaterThan(1);
		assertThat(pages).allSatisfy(page -> assertThat(page).contains(caseReference)
			.contains(ApprovedAppeal.referenceOf(appeal.appealId())));
		String letter = String.join(" ", pages);
		assertThat(letter).contains("Xi Jinping, President of the People's Republic of China", "Do not return the five refugees",
				"Your Excellency, we appeal to you on behalf of five refugees held near Yanji.", "That they not be returned");
	}

	@Test
	void aDraftHasNoLetterYet() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draftAppeal(author, caseId, "Your Excellency, we appeal to you.");
		mvc.perform(api(get(dispatchesUrl(caseId, appealId).replace("/dispatches", "/pdf")), author))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("LETTER_NOT_APPROVED"));
	}

	@Test
	void anotherTeamFindsNoLetter() throws Exception {
		Approved appeal = approvedAppeal(newTeam(), "Your Excellency, we appeal to you.");
		mvc.perform(api(get(dispatchesUrl(appeal.caseId(), appeal.appealId()).replace("/dispatches", "/pdf")), user(newTeam())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void theEmailToTheAuthorityCarriesTheLetterAsAPdf() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you on behalf of five refugees held near Yanji.");
		String to = uniqueAddress("with-letter");
		dispatch(user(team, Role.ADVOCACY), appeal.caseId(), appeal.appealId(), to).andExpect(status().isCreated());
		eventually(() -> assertThat(mailFor(to)).hasSize(1));

		MimeMessage received = mailFor(to).get(0);
		MimeMultipart parts = (MimeMultipart) received.getContent();
		byte[] pdf = null;
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (part.isMimeType("application/pdf")) {
				pdf = part.getInputStream().readAllBytes();
			}
		}
		assertThat(pdf).as("the letter is attached as a PDF").isNotNull();
		assertThat(String.join(" ", pages(pdf))).contains(reference(appeal.author(), appeal.caseId()),
				"Your Excellency, we appeal to you on behalf of five refugees held near Yanji.");
	}

}
