package org.vigil.appeals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, the letter as a document: an approved letter's PDF is rendered once and kept, sealed like
 * the letter's text, and handed out again while nothing it is made from changes; when something does
 * (here a signatory's title), the next download is the letter as it now reads.
 */
class KeptLetterTests extends WebIntegrationTest {

	@Test
	void anApprovedLetterIsHandedOutAsItWasFirstRendered() throws Exception {
		Approved letter = approvedLetter("Asia Director");
		byte[] first = pdf(letter);
		Object renderedAt = renderedAt(letter);
		byte[] again = pdf(letter);

		assertThat(again).isEqualTo(first);
		assertThat(renderedAt(letter)).as("not rendered a second time").isEqualTo(renderedAt);
	}

	@Test
	void theKeptLetterIsSealedAtRest() throws Exception {
		Approved letter = approvedLetter("Asia Director");
		pdf(letter);

		byte[] stored = jdbc.queryForObject("select sealed_pdf from appeal_letter_pdfs where appeal_id = ?", byte[].class, letter.appealId());
		String asText = new String(stored, StandardCharsets.ISO_8859_1);
		assertThat(asText).doesNotContain("%PDF").doesNotContain("Do not return the five refugees");
	}

	@Test
	void aLetterWhoseSignatoryChangedTheirTitleIsRenderedAgainWithTheNewTitle() throws Exception {
		Approved letter = approvedLetter("Asia Director");
		assertThat(text(pdf(letter))).contains("Asia Director");

		mvc.perform(api(put("/api/signing-profile"), letter.signatory())
				.content(json.writeValueAsString(Map.of("name", "Kim Min-ji", "title", "Director for Asia and the Pacific"))))
			.andExpect(status().isOk());

		assertThat(text(pdf(letter))).contains("Director for Asia and the Pacific");
	}

	private record Approved(TestUser author, TestUser signatory, UUID caseId, UUID appealId) {
	}

	private Approved approvedLetter(String title) throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser director = signatory(team, "Kim Min-ji", title);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = UUID.fromString(read(mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), author)
				.content(json.writeValueAsString(Map.of("addressee", "Xi Jinping, President of the People's Republic of China",
						"language", "en", "subject", "Do not return the five refugees", "asks", "That they not be returned",
						"body", "Your Excellency, we appeal to you.", "signatoryIds", List.of(idOf(director))))))
			.andExpect(status().isCreated()).andReturn()).get("id").asString());
		String url = "/api/cases/" + caseId + "/appeals/" + appealId;
		mvc.perform(api(post(url + "/submit"), author).content("{\"version\": 0}")).andExpect(status().isOk());
		mvc.perform(api(post(url + "/approvals"), director).content(json.writeValueAsString(Map.of("version", 1, "password", PASSWORD))))
			.andExpect(status().isOk());
		return new Approved(author, director, caseId, appealId);
	}

	private byte[] pdf(Approved letter) throws Exception {
		return mvc.perform(api(get("/api/cases/" + letter.caseId() + "/appeals/" + letter.appealId() + "/pdf"), letter.author()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
	}

	private Object renderedAt(Approved letter) {
		return jdbc.queryForObject("select rendered_at from appeal_letter_pdfs where appeal_id = ?", Object.class, letter.appealId());
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
