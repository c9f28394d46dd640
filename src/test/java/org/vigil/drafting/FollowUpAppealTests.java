package org.vigil.drafting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.accounts.Role;
import org.vigil.appeals.ApprovedAppeal;
import org.vigil.directory.Addressees;
import org.vigil.directory.Authority;
import org.vigil.directory.Suggestion;
import org.vigil.directory.SuggestionFacts;
import org.vigil.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, templates: a follow-up appeal, drafted from an earlier appeal of the case that went out. It
 * cites the earlier letter (reference, the day it was sent, addressee), says that no reply came and
 * what was learnt of the people's whereabouts since, renews the appeal, and is reviewed, approved and
 * printed like any other — with the follow-up template.
 */
class FollowUpAppealTests extends WebIntegrationTest {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK);

	private final LocalDate today = LocalDate.now();

	@Autowired
	private Addressees addressees;

	@Test
	void aFollowUpOfAnUnansweredLetterCitesItAndTellsWhatWasLearntSinceItWasSent() throws Exception {
		Letter earlier = sentLetter();
		whereabouts(earlier, "TRANSFER", "Helong", today.plusDays(2), today);

		JsonNode followUp = json(followUp(earlier).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		String body = followUp.get("body").asString();
		String sent = DAY.format(today);

		assertThat(followUp.get("subject").asString()).startsWith("Follow-up to our letter of " + sent);
		assertThat(followUp.get("addressee").asString()).contains("Xi Jinping");
		String request = body.substring(0, body.indexOf("\n["));
		assertThat(request).contains(sent, "Xi Jinping", earlier.caseReference() + " – " + ApprovedAppeal.referenceOf(earlier.appealId()),
				"no reply", "renew");
		// What was known before the letter, then what was learnt since: the transfer to Helong.
		assertThat(body).containsSubsequence("[facts]", "Yanji", "Since our letter of " + sent, "Helong", "[legalArgument]");
	}

	@Test
	void aFollowUpIsReviewedAndApprovedLikeAnyAppealAndPrintedWithTheFollowUpTemplate() throws Exception {
		Letter earlier = sentLetter();
		UUID followUpId = UUID.fromString(json(followUp(earlier).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString()).get("id").asString());
		String url = "/api/cases/" + earlier.caseId() + "/appeals/" + followUpId;

		mvc.perform(api(post(url + "/submit"), earlier.author()).content("{\"version\": 0}")).andExpect(status().isOk());
		mvc.perform(api(post(url + "/approve"), earlier.reviewer()).content(json.writeValueAsString(Map.of("version", 1, "password", PASSWORD))))
			.andExpect(status().isOk());
		byte[] pdf = mvc.perform(api(get(url + "/pdf"), earlier.author())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("FOLLOW-UP APPEAL",
					ApprovedAppeal.referenceOf(earlier.appealId()));
		}
	}

	@Test
	void theAppealPageOfALetterThatWentOutOffersAFollowUpWhichOpensAsADraft() throws Exception {
		Letter sent = sentLetter();
		MockHttpSession session = signIn(sent.author());
		String page = "/cases/" + sent.caseId() + "/appeals/" + sent.appealId();
		mvc.perform(get(page).session(session)).andExpect(status().isOk()).andExpect(content().string(containsString("Draft a follow-up")));

		String location = mvc.perform(post(page + "/follow-up").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/cases/" + sent.caseId() + "/appeals/").isNotEqualTo(page);
		mvc.perform(get(location).session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Follow-up to our letter of")));
	}

	@Test
	void anAppealWhoseLetterDidNotGoOutHasNoFollowUpYet() throws Exception {
		Letter approved = approvedLetter();
		followUp(approved).andExpect(status().isConflict()).andExpect(jsonPath("$.refusal").value("EARLIER_APPEAL_NOT_SENT"));
	}

	@Test
	void anAppealOfAnotherCaseIsNotFound() throws Exception {
		Letter sent = sentLetter();
		UUID otherCase = caseOf(sent.author());
		mvc.perform(api(post("/api/cases/" + otherCase + "/appeals/" + sent.appealId() + "/follow-up"), sent.author()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFollowUpOrderedWithoutItsEarlierAppealIsRefusedNamingTheField() throws Exception {
		Letter sent = sentLetter();
		mvc.perform(api(post("/api/cases/" + sent.caseId() + "/appeals"), sent.author()).content(json.writeValueAsString(Map.of(
				"kind", "FOLLOW_UP_APPEAL", "language", "en", "generate", true, "addresseeIds", suggested().addressees().stream()
					.map(Authority::id).toList()))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.refusal").value("FOLLOW_UP_OF_WHICH_APPEAL"))
			.andExpect(content().string(containsString("followsUp")));
	}

	private record Letter(TestUser author, TestUser reviewer, TestUser officer, UUID caseId, String caseReference, UUID personId,
			UUID appealId) {
	}

	/** An urgent appeal generated for a case held in Yanji, approved by a second person, not yet sent. */
	private Letter approvedLetter() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		UUID caseId = caseOf(author);
		UUID personId = UUID.fromString(json(mvc.perform(api(post("/api/cases/" + caseId + "/persons"), author)
			.content("{\"kind\": \"GROUP\", \"publicLabel\": \"Refugee group A\", \"numberOfPersons\": 5, \"role\": \"AT_RISK\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString());
		String reference = json(mvc.perform(api(get("/api/cases/" + caseId), author)).andReturn().getResponse().getContentAsString())
			.get("reference").asString();
		Letter letter = new Letter(author, reviewer, user(team, Role.ADVOCACY), caseId, reference, personId, null);
		whereabouts(letter, "CUSTODY", "Yanji", today.minusDays(12), today.minusDays(10));
		Suggestion suggestion = suggested();
		UUID appealId = UUID.fromString(json(mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), author)
			.content(json.writeValueAsString(Map.of("kind", "URGENT_APPEAL", "language", "en", "generate", true,
					"addresseeIds", suggestion.addressees().stream().map(Authority::id).toList(),
					"copyIds", suggestion.copies().stream().map(Authority::id).toList()))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString());
		String url = "/api/cases/" + caseId + "/appeals/" + appealId;
		mvc.perform(api(post(url + "/submit"), author).content("{\"version\": 0}")).andExpect(status().isOk());
		mvc.perform(api(post(url + "/approve"), reviewer).content(json.writeValueAsString(Map.of("version", 1, "password", PASSWORD))))
			.andExpect(status().isOk());
		return new Letter(author, reviewer, letter.officer(), caseId, reference, personId, appealId);
	}

	/** The approved letter, sent by web form today (marked sent by the officer with the form's receipt). */
	private Letter sentLetter() throws Exception {
		Letter letter = approvedLetter();
		String dispatches = "/api/cases/" + letter.caseId() + "/appeals/" + letter.appealId() + "/dispatches";
		mvc.perform(api(post(dispatches), letter.officer()).content(json.writeValueAsString(Map.of("channels",
				List.of(Map.of("channel", "WEB_FORM", "to", "https://gov.example.org/contact", "name", "General Office"))))))
			.andExpect(status().isCreated());
		String attemptId = json(mvc.perform(api(get(dispatches), letter.officer())).andReturn().getResponse().getContentAsString())
			.get(0).get("id").asString();
		mvc.perform(api(post(dispatches + "/" + attemptId + "/sent"), letter.officer()).content("{\"receipt\": \"WF-1\"}"))
			.andExpect(status().isOk());
		return letter;
	}

	private org.springframework.test.web.servlet.ResultActions followUp(Letter earlier) throws Exception {
		return mvc.perform(api(post("/api/cases/" + earlier.caseId() + "/appeals/" + earlier.appealId() + "/follow-up"), earlier.author()));
	}

	private void whereabouts(Letter letter, String kind, String place, LocalDate on, LocalDate reportedOn) throws Exception {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("personId", letter.personId());
		entry.put("kind", kind);
		entry.put("place", Map.of("placeId", placeId(place)));
		if (kind.equals("TRANSFER")) {
			entry.put("from", Map.of("placeId", placeId("Yanji")));
		}
		entry.put("date", Map.of("earliest", on.toString()));
		entry.put("reportedOn", reportedOn.toString());
		mvc.perform(api(post("/api/cases/" + letter.caseId() + "/whereabouts"), letter.author()).content(json.writeValueAsString(entry)))
			.andExpect(status().isCreated());
	}

	private String placeId(String name) throws Exception {
		return json(mvc.perform(api(get("/api/places/resolve").param("q", name).param("country", "CN"), user(newTeam())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get(0).get("id").asString();
	}

	private UUID caseOf(TestUser user) throws Exception {
		return UUID.fromString(json(mvc.perform(api(post("/api/cases"), user).content(json.writeValueAsString(Map.of("title", "Five refugees",
				"countryOfCustody", "CN", "countryOfFearedReturn", "KP", "summary", "summary", "priority", "URGENT"))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString());
	}

	private Suggestion suggested() {
		return addressees.suggest(new SuggestionFacts("CN", "police"));
	}

	private JsonNode json(String text) {
		return json.readTree(text);
	}

}
