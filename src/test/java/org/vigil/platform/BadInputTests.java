package org.vigil.platform;

import java.util.Collections;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.vigil.accounts.Role;
import org.vigil.platform.validation.TextRule;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each kind of bad input the attack on Vigil found answering 500 now answers 400 naming the field,
 * in the API and on the pages: control characters in any text, numbers, dates and lists out of
 * their range, fields given twice, file names that reverse the direction of text.
 */
class BadInputTests extends WebIntegrationTest {

	private static final String NUL = "a\u0000b";

	@Test
	void aNulCharacterInAnyTextOfACaseIsRefusedNamingTheField() throws Exception {
		TestUser researcher = user(newTeam());
		for (String field : new String[] { "title", "summary", "region" }) {
			Map<String, Object> body = new java.util.HashMap<>(Map.of("title", "Detained in Shenyang", "countryOfCustody", "CN"));
			body.put(field, NUL);
			refusedNaming(mvc.perform(api(post("/api/cases"), researcher).content(json.writeValueAsString(body))), field);
		}
		refusedNaming(mvc.perform(api(post("/api/cases"), researcher).content(json.writeValueAsString(
				Map.of("title", "Themes", "countryOfCustody", "CN", "themes", java.util.List.of("detention", "a\u0007"))))), "themes[1]");
	}

	@Test
	void aNulCharacterInPersonsSourcesAppealsExportsSharesAndGrantsIsRefusedNamingTheField() throws Exception {
		TestUser researcher = user(newTeam(), Role.RESEARCHER, Role.REVIEWER);
		UUID caseId = openCase(researcher, "Text everywhere", "CN");
		String teamId = teamOf(researcher, caseId);
		String base = "/api/cases/" + caseId;
		refusedNaming(postJson(base + "/persons", Map.of("kind", "INDIVIDUAL", "publicLabel", NUL), researcher), "publicLabel");
		refusedNaming(postJson(base + "/sources", Map.of("label", NUL), researcher), "label");
		refusedNaming(postJson(base + "/sources", Map.of("label", "A contact", "information", NUL), researcher), "information");
		refusedNaming(postJson(base + "/appeals", Map.of("addressee", NUL, "language", "en", "subject", "Do not return them"), researcher),
				"addressee");
		refusedNaming(postJson("/api/exports", Map.of("teamId", teamId, "reason", "Handover " + NUL), researcher), "reason");
		refusedNaming(postJson(base + "/shares", Map.of("username", NUL), researcher), "username");
		refusedNaming(postJson(base + "/identity-grants", Map.of("username", NUL), researcher), "username");
	}

	@Test
	void aNulCharacterInTheCountryFilterIsRefusedInTheApiAndOnThePage() throws Exception {
		TestUser researcher = user(newTeam());
		refusedNaming(mvc.perform(api(get("/api/cases").param("country", "\u0000"), researcher)), "country");
		mvc.perform(get("/cases").param("country", "\u0000").session(signIn(researcher)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(forwardedUrl("/error"))
			.andExpect(refusedOnThePage(TextRule.CONTROL_CHARACTER, "country"));
	}

	@Test
	void aControlCharacterTypedIntoAFormIsRefusedOnThePageNamingTheField() throws Exception {
		TestUser researcher = user(newTeam());
		mvc.perform(post("/cases").session(signIn(researcher)).with(csrf()).param("title", "Moved\u001b[2J")
				.param("countryOfCustody", "CN").param("status", "OPEN").param("priority", "HIGH"))
			.andExpect(status().isBadRequest())
			.andExpect(refusedOnThePage(TextRule.CONTROL_CHARACTER, "title"));
		assertThat(jdbc.queryForObject("select count(*) from cases where title like 'Moved%'", Integer.class)).isZero();
	}

	@Test
	void aNulCharacterInTheTeamOfANewUserIsRefused() throws Exception {
		MockHttpSession admin = signIn(user(newTeam(), Role.ADMINISTRATOR));
		String username = "newcomer" + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/admin/users").session(admin).with(csrf()).param("username", username)
				.param("password", PASSWORD).param("team", "Asia\u0000").param("roles", "RESEARCHER"))
			.andExpect(status().isBadRequest())
			.andExpect(refusedOnThePage(TextRule.CONTROL_CHARACTER, "team"));
		assertThat(jdbc.queryForObject("select count(*) from users where username = ?", Integer.class, username)).isZero();
	}

	@Test
	void acceptedTextIsStoredWithPlainLineBreaksAndComposedCharacters() throws Exception {
		TestUser researcher = user(newTeam());
		String id = read(postJson("/api/cases", Map.of("title", "Jose\u0301 in Yanji", "summary", "Held.\r\nMoved.", "countryOfCustody", "CN"),
				researcher).andExpect(status().isCreated()).andReturn()).get("id").asString();
		mvc.perform(api(get("/api/cases/" + id), researcher))
			.andExpect(jsonPath("$.title").value("Jos\u00e9 in Yanji"))
			.andExpect(jsonPath("$.summary").value("Held.\nMoved."));
	}

	@Test
	void aPageBeyondTheLastPossibleOneIsRefusedNamingTheParameter() throws Exception {
		TestUser researcher = user(newTeam());
		refusedNaming(mvc.perform(api(get("/api/cases").param("page", "2147483647"), researcher)), "page");
		refusedNaming(mvc.perform(api(get("/api/cases").param("size", "100000"), researcher)), "size");
		refusedNaming(mvc.perform(api(get("/api/cases").param("page", "-1"), researcher)), "page");
		mvc.perform(api(get("/api/cases").param("page", "10000000").param("size", "200"), researcher))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty());
		mvc.perform(get("/cases").param("page", "2147483647").session(signIn(researcher)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("“page”")));
	}

	@Test
	void datesOutsideTheYearsVigilRecordsAreRefusedNamingTheField() throws Exception {
		TestUser researcher = user(newTeam(), Role.RESEARCHER, Role.REVIEWER);
		TestUser colleague = user(newTeam());
		UUID caseId = openCase(researcher, "Dates", "CN");
		String base = "/api/cases/" + caseId;
		refusedNaming(postJson(base + "/sources", Map.of("label", "A contact", "reportedOn", "+999999999-12-31"), researcher), "reportedOn");
		refusedNaming(postJson(base + "/persons", Map.of("kind", "INDIVIDUAL", "publicLabel", "Refugee B", "birthDate", "1066-10-14"),
				researcher), "birthDate");
		for (String moment : new String[] { "+300000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59.999999999Z" }) {
			refusedNaming(postJson(base + "/shares", Map.of("username", colleague.username(), "expiresAt", moment), researcher), "expiresAt");
			refusedNaming(postJson(base + "/identity-grants", Map.of("username", colleague.username(), "expiresAt", moment), researcher),
					"expiresAt");
		}
	}

	@Test
	void anIdentityGrantThatHasAlreadyExpiredIsRefusedAsAShareIs() throws Exception {
		String team = newTeam();
		TestUser reviewer = user(team, Role.RESEARCHER, Role.REVIEWER);
		TestUser colleague = user(team);
		UUID caseId = openCase(reviewer, "Expired before it began", "CN");
		postJson("/api/cases/" + caseId + "/identity-grants", Map.of("username", colleague.username(), "expiresAt", "2001-01-01T00:00:00Z"),
				reviewer)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.refusal").value("EXPIRY_NOT_IN_FUTURE"))
			.andExpect(jsonPath("$.errors[0].field").value("expiresAt"));
		assertThat(jdbc.queryForObject("select count(*) from identity_grants where case_id = ? and user_id = "
				+ "(select id from users where username = ?)", Integer.class, caseId, colleague.username())).isZero();
	}

	@Test
	void aListLongerThanItsColumnIsRefusedNamingTheField() throws Exception {
		TestUser researcher = user(newTeam());
		refusedNaming(postJson("/api/cases", Map.of("title", "Many themes", "countryOfCustody", "CN",
				"themes", Collections.nCopies(50_000, "detention")), researcher), "themes");
		refusedNaming(postJson("/api/cases", Map.of("title", "Separators", "countryOfCustody", "CN",
				"themes", java.util.List.of("detention; torture")), researcher), "themes[0]");
		mvc.perform(post("/cases").session(signIn(researcher)).with(csrf()).param("title", "Themes typed")
				.param("countryOfCustody", "CN").param("status", "OPEN").param("priority", "HIGH")
				.param("themes", String.join(",", java.util.stream.IntStream.range(0, 300).mapToObj(i -> "t" + i).toList())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at most 15 themes")));
	}

	@Test
	void aFieldGivenTwiceIsRefusedRatherThanTheLastOneWinning() throws Exception {
		TestUser researcher = user(newTeam());
		mvc.perform(api(post("/api/cases"), researcher).content("{\"title\": \"Public\", \"countryOfCustody\": \"CN\", \"title\": \"Other\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.refusal").value("DUPLICATE_FIELD"))
			.andExpect(jsonPath("$.errors[0].field").value("title"));
	}

	@Test
	void aFileNameThatReversesTheDirectionOfTextIsRefusedAndNothingIsStored() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Spoofed names", "CN");
		mvc.perform(multipart("/api/cases/" + caseId + "/files")
				.file(new MockMultipartFile("file", "photo\u202Egpj.exe", "image/jpeg", "MZ not a photo".getBytes()))
				.header("Authorization", "Bearer " + researcher.token()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.refusal").value("BIDI_CONTROL"))
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		assertThat(jdbc.queryForObject("select count(*) from evidence_files where case_id = ?", Integer.class, caseId)).isZero();
	}

	@Test
	void aRefusedExportAnswersTheStatusItsProblemStates() throws Exception {
		TestUser researcher = user(newTeam(), Role.RESEARCHER, Role.REVIEWER);
		UUID caseId = openCase(researcher, "Exported", "CN");
		String teamId = teamOf(researcher, caseId);
		String exportId = read(postJson("/api/exports", Map.of("teamId", teamId, "reason", "Handover to the new director"), researcher)
			.andReturn()).get("id").asString();
		for (ResultActions refused : new ResultActions[] {
				postJson("/api/exports/" + exportId + "/download", Map.of("passphrase", "long export passphrase"), researcher),
				postJson("/api/exports", Map.of("teamId", UUID.randomUUID().toString(), "reason", "Handover to the new director"), researcher),
				postJson("/api/exports", Map.of("teamId", teamId, "reason", "short"), researcher) }) {
			var response = refused.andReturn().getResponse();
			assertThat(response.getStatus()).isBetween(400, 499);
			assertThat(json.readTree(response.getContentAsString()).get("status").asInt()).isEqualTo(response.getStatus());
		}
	}

	/** The id of the team that owns the case. */
	private String teamOf(TestUser user, UUID caseId) throws Exception {
		return read(mvc.perform(api(get("/api/cases/" + caseId), user)).andReturn()).get("team").get("id").asString();
	}

	private ResultActions postJson(String path, Map<String, ?> body, TestUser user) throws Exception {
		return mvc.perform(api(post(path), user)
			.content(json.writeValueAsString(body)));
	}

	/**
	 * The refusal a filter hands to the error page (MockMvc does not follow the forward; the page
	 * itself is checked over HTTP in {@link MalformedRequestsTests}).
	 */
	private static ResultMatcher refusedOnThePage(TextRule rule, String field) {
		return result -> {
			Refused refused = (Refused) result.getRequest().getAttribute("org.vigil.platform.web.EarlyRefusals.refused");
			assertThat(refused).as("the refusal shown on the error page").isNotNull();
			assertThat(refused.refusal().rule()).isEqualTo(rule);
			assertThat(refused.refusal().field()).isEqualTo(field);
		};
	}

	private static void refusedNaming(ResultActions answer, String field) throws Exception {
		answer.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(field));
	}

}
