package org.vigil.dispatch.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An appeal signed by its signatories, as dispatch sends it: the letter names each signatory with
 * their title; an approval withdrawn before dispatch stops it; once dispatched, approvals stand.
 */
class SignedLetterDispatchTests extends DispatchIntegrationTest {

	private record Signed(UUID caseId, UUID appealId, TestUser author, TestUser director, TestUser chair) {
	}

	private Signed signedAppeal(String team) throws Exception {
		return signedAppeal(team, List.of());
	}

	private Signed signedAppeal(String team, List<String> partnerIds) throws Exception {
		TestUser author = user(team);
		TestUser director = signatory(team, "Kim Min-ji", "Asia Director");
		TestUser chair = signatory(team, "Ana Lopes", "Chair of the Board");
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = UUID.fromString(read(mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), author)
				.content(json.writeValueAsString(Map.of("addressee", "Xi Jinping, President of the People's Republic of China",
						"language", "en", "subject", "Do not return the five refugees", "asks", "That they not be returned",
						"body", "Your Excellency, we appeal to you.", "signatoryIds", List.of(idOf(director), idOf(chair)),
						"partnerIds", partnerIds))))
			.andExpect(status().isCreated()).andReturn()).get("id").asString());
		step(author, caseId, appealId, "submit", 0).andExpect(status().isOk());
		sign(director, caseId, appealId).andExpect(status().isOk());
		sign(chair, caseId, appealId).andExpect(jsonPath("$.status").value("APPROVED"));
		return new Signed(caseId, appealId, author, director, chair);
	}

	private org.springframework.test.web.servlet.ResultActions sign(TestUser user, UUID caseId, UUID appealId) throws Exception {
		return mvc.perform(api(post("/api/cases/" + caseId + "/appeals/" + appealId + "/approvals"), user)
			.content(json.writeValueAsString(Map.of("version", 1, "password", PASSWORD))));
	}

	@Test
	void theLetterNamesEverySignatoryWithTheirTitle() throws Exception {
		Signed appeal = signedAppeal(newTeam());
		byte[] pdf = mvc.perform(api(get("/api/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId() + "/pdf"), appeal.author()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

		String letter = String.join(" ", LetterPdfTests.pages(pdf));
		assertThat(letter).contains("Kim Min-ji", "Asia Director", "Ana Lopes", "Chair of the Board");
		assertThat(letter.indexOf("Kim Min-ji")).as("in the order chosen").isLessThan(letter.indexOf("Ana Lopes"));
	}

	@Test
	void aJointLetterShowsBothOrganisationsAndTheSignatoriesOfEach() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		String partnerId = read(mvc.perform(api(post("/api/partners"), admin).content(json.writeValueAsString(Map.of(
				"name", "Citizens Alliance for Refugees", "logo", org.vigil.appeals.PartnerOrganisationTests.pngLogo(),
				"signatories", List.of(Map.of("name", "Hannah Song", "title", "President"))))))
			.andExpect(status().isCreated()).andReturn()).get("id").asString();
		Signed appeal = signedAppeal(newTeam(), List.of(partnerId));

		byte[] pdf = mvc.perform(api(get("/api/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId() + "/pdf"), appeal.author()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String letter = String.join(" ", LetterPdfTests.pages(pdf));
		assertThat(letter).contains("JOINT LETTER", "Vigil", "Citizens Alliance for Refugees", "Kim Min-ji", "Asia Director", "Hannah Song", "President");
	}

	@Test
	void aSignatoryWhoseApprovalWasWithdrawnIsToldByEmailWithTheReferenceOnly() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser director = signatory(team, "Kim Min-ji", "Asia Director");
		String address = uniqueAddress("director");
		mvc.perform(api(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/signing-profile"), director)
				.content(json.writeValueAsString(Map.of("name", "Kim Min-ji", "title", "Asia Director", "noticeEmail", address))))
			.andExpect(status().isOk());
		TestUser chair = signatory(team, "Ana Lopes", "Chair of the Board");
		UUID caseId = openCase(author, "Five refugees", "CN");
		Map<String, Object> content = new java.util.HashMap<>(Map.of("addressee", "Xi Jinping, President of the People's Republic of China",
				"language", "en", "subject", "Do not return the five refugees", "asks", "That they not be returned",
				"body", "Your Excellency, we appeal to you.", "signatoryIds", List.of(idOf(director), idOf(chair))));
		UUID appealId = UUID.fromString(read(mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), author)
				.content(json.writeValueAsString(content))).andExpect(status().isCreated()).andReturn()).get("id").asString());
		step(author, caseId, appealId, "submit", 0).andExpect(status().isOk());
		sign(director, caseId, appealId).andExpect(status().isOk());
		mvc.perform(api(post("/api/cases/" + caseId + "/appeals/" + appealId + "/return"), chair)
				.content("{\"version\": 1, \"comment\": \"Name the prison\"}"))
			.andExpect(status().isOk());
		content.put("body", "Your Excellency, the five are held in Tumen.");
		content.put("version", 2);
		mvc.perform(api(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/cases/" + caseId + "/appeals/" + appealId),
				author).content(json.writeValueAsString(content))).andExpect(status().isOk());

		eventually(() -> assertThat(mailFor(address)).hasSize(1));
		String text = mailFor(address).get(0).getSubject() + " " + textOf(mailFor(address).get(0));
		assertThat(text).contains(org.vigil.appeals.ApprovedAppeal.referenceOf(appealId), "/cases/" + caseId + "/appeals/" + appealId)
			.doesNotContain("Xi Jinping", "Tumen", "refugees");
	}

	@Test
	void theLetterShowsTheSignatureImageASignatoryUploaded() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser director = signatory(team, "Kim Min-ji", "Asia Director");
		java.awt.image.BufferedImage signature = new java.awt.image.BufferedImage(123, 41, java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(signature, "png", png);
		mvc.perform(api(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/signing-profile/signature"), director)
				.content(json.writeValueAsString(Map.of("image", java.util.Base64.getEncoder().encodeToString(png.toByteArray())))))
			.andExpect(status().isNoContent());
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = UUID.fromString(read(mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), author)
				.content(json.writeValueAsString(Map.of("addressee", "Xi Jinping", "language", "en", "subject", "Do not return them",
						"asks", "That they not be returned", "body", "Your Excellency", "signatoryIds", List.of(idOf(director))))))
			.andExpect(status().isCreated()).andReturn()).get("id").asString());
		step(author, caseId, appealId, "submit", 0).andExpect(status().isOk());
		sign(director, caseId, appealId).andExpect(jsonPath("$.status").value("APPROVED"));

		byte[] pdf = mvc.perform(api(get("/api/cases/" + caseId + "/appeals/" + appealId + "/pdf"), author))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		List<String> sizes = new java.util.ArrayList<>();
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
				for (org.apache.pdfbox.cos.COSName name : page.getResources().getXObjectNames()) {
					if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
						sizes.add(image.getWidth() + "x" + image.getHeight());
					}
				}
			}
		}
		assertThat(sizes).as("the signature image is in the letter").contains("123x41");
	}

	@Test
	void anApprovalWithdrawnBeforeDispatchStopsTheDispatch() throws Exception {
		String team = newTeam();
		Signed appeal = signedAppeal(team);
		mvc.perform(api(delete("/api/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId() + "/approvals/mine"), appeal.chair()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_REVIEW"));

		String to = uniqueAddress("withdrawn");
		dispatch(user(team, Role.ADVOCACY), appeal.caseId(), appeal.appealId(), to)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("APPEAL_NOT_APPROVED"));
		assertThat(attempts(appeal.author(), appeal.caseId(), appeal.appealId()).size()).isZero();
		assertThat(mailFor(to)).isEmpty();
	}

	@Test
	void onceTheLetterWasDispatchedAnApprovalCannotBeWithdrawn() throws Exception {
		String team = newTeam();
		Signed appeal = signedAppeal(team);
		String to = uniqueAddress("dispatched");
		dispatch(user(team, Role.ADVOCACY), appeal.caseId(), appeal.appealId(), to).andExpect(status().isCreated());

		mvc.perform(api(delete("/api/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId() + "/approvals/mine"), appeal.director()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("LETTER_ALREADY_SENT"));
		mvc.perform(api(get("/api/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId()), appeal.author()))
			.andExpect(jsonPath("$.status").value("APPROVED"));
	}

}
