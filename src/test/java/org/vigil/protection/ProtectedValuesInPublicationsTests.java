package org.vigil.protection;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.accounts.Role;
import org.vigil.support.DispatchingIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The marker test for publishing: a protected value of the case placed in a draft publication — any
 * kind of protected field — is warned of on save and refused on release, and the refusal names the
 * field without the value, to a reviewer who is not cleared for the case's identities. The draft's
 * text is not stored in clear either.
 */
class ProtectedValuesInPublicationsTests extends DispatchingIntegrationTest {

	private static final String MARK = "Zq" + letters(UUID.randomUUID());

	private static final String SOURCE_MARK = "Zv" + letters(UUID.randomUUID());

	private static final String PLACE_MARK = "Zh" + letters(UUID.randomUUID());

	private static final String SECOND_MARK = "Zw" + letters(UUID.randomUUID());

	/** The case, its draft publication and the reviewers, made once for all the fields tried. */
	private static Fixture fixture;

	private record Fixture(UUID caseId, String publicationId, TestUser preparer, TestUser releaser) {
	}

	static Stream<Arguments> protectedValues() {
		return Stream.of(
				Arguments.of("Kwon " + MARK, "the name of person 1 (Latin script)"),
				Arguments.of("권" + hangul(MARK), "the name of person 1 (Hangul script)"),
				Arguments.of("金" + hanzi(MARK), "the name of person 1 (Chinese script)"),
				Arguments.of(MARK.toUpperCase(java.util.Locale.ROOT) + " KWON", "the name of person 1 (Latin script), written another way"),
				Arguments.of("Little " + MARK + "ie", "an alias of person 1 (Latin script)"),
				Arguments.of("born on 14 March 1990", "the birth date of person 1"),
				Arguments.of("(1990년 3월 14일생)", "the birth date of person 1"),
				Arguments.of("1990年3月14日出生的人", "the birth date of person 1"),
				Arguments.of("03/14/1990", "the birth date of person 1"),
				Arguments.of("a man born in 1985", "the birth date of person 2"),
				Arguments.of("꼬마" + hangul(SECOND_MARK), "an alias of person 2 (Hangul script)"),
				Arguments.of("the back room of " + SECOND_MARK + " Bakery", "where person 2 is now (precise location)"),
				Arguments.of("Pak " + SOURCE_MARK, "the name of source 1"),
				Arguments.of("call 13812345678", "the contact details of source 1"),
				Arguments.of("pak." + SOURCE_MARK.toLowerCase(java.util.Locale.ROOT) + "@mail.example.org", "the contact details of source 1"),
				Arguments.of("the flat of " + PLACE_MARK, "a place of hiding recorded in the whereabouts (1)"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("protectedValues")
	void aProtectedValueInTheDraftIsRefusedOnReleaseNamingTheFieldButNotTheValue(String value, String field) throws Exception {
		Fixture f = fixture();
		long version = read(mvc.perform(api(get("/api/publications/" + f.publicationId()), f.preparer())).andReturn()).get("version").asLong();
		String body = "The five refugees must not be returned. We learnt of them from " + value + ".";
		JsonNode saved = read(mvc.perform(api(put("/api/publications/" + f.publicationId()), f.preparer()).content(json.writeValueAsString(
				Map.of("title", "Do not return the five refugees", "summary", "Five refugees face forced return.", "body", body,
						"language", "en", "region", "030", "countryCode", "CN", "version", version))))
			.andExpect(status().isOk()).andReturn());
		assertThat(saved.get("warnings").toString()).as("the warning on save").contains(field);

		String refusal = mvc.perform(api(post("/api/publications/" + f.publicationId() + "/release"), f.releaser())
				.content(json.writeValueAsString(Map.of("version", version + 1))))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(refusal).contains("PROTECTED_VALUE").contains(field).contains("\"field\":\"body\"");
		assertThat(refusal).doesNotContain(MARK).doesNotContain(SOURCE_MARK).doesNotContain(PLACE_MARK).doesNotContain(SECOND_MARK)
			.doesNotContain(hangul(SECOND_MARK)).doesNotContain("1381234").doesNotContain("1990").doesNotContain("1985");
		assertThat(jdbc.queryForList("select t::text from publications t", String.class).toString()).as("the draft at rest")
			.doesNotContain(MARK).doesNotContain(SOURCE_MARK).doesNotContain(PLACE_MARK).doesNotContain(SECOND_MARK);
	}

	@ParameterizedTest(name = "in the {0}")
	@org.junit.jupiter.params.provider.ValueSource(strings = { "title", "summary" })
	void aProtectedValueInTheTitleOrSummaryIsRefusedNamingThatPart(String part) throws Exception {
		Fixture f = fixture();
		long version = read(mvc.perform(api(get("/api/publications/" + f.publicationId()), f.preparer())).andReturn()).get("version").asLong();
		Map<String, Object> text = new java.util.HashMap<>(Map.of("title", "Do not return the five refugees", "summary",
				"Five refugees face forced return.", "body", "The five refugees must not be returned.", "language", "en", "region",
				"030", "countryCode", "CN", "version", version));
		text.put(part, "Free Kwon " + MARK);
		mvc.perform(api(put("/api/publications/" + f.publicationId()), f.preparer()).content(json.writeValueAsString(text)))
			.andExpect(status().isOk());

		String refusal = mvc.perform(api(post("/api/publications/" + f.publicationId() + "/release"), f.releaser())
				.content(json.writeValueAsString(Map.of("version", version + 1))))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(refusal).contains("the name of person 1 (Latin script)").contains("\"field\":\"" + part + "\"").doesNotContain(MARK);
	}

	private Fixture fixture() throws Exception {
		if (fixture != null) {
			return fixture;
		}
		String team = newTeam();
		TestUser researcher = user(team);
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		reveal(researcher, caseId);
		String personId = read(mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher).content(json.writeValueAsString(
				Map.of("kind", "INDIVIDUAL", "publicLabel", "Refugee A", "name", "Kwon " + MARK,
						"namesInOtherScripts", "권" + hangul(MARK) + "; 金" + hanzi(MARK), "aliases", "Little " + MARK + "ie",
						"birthDate", "1990-03-14"))))
			.andExpect(status().isCreated()).andReturn()).get("id").asString();
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher).content(json.writeValueAsString(Map.of("kind", "INDIVIDUAL",
				"publicLabel", "Refugee B", "name", "Ri " + SECOND_MARK, "aliases", "꼬마" + hangul(SECOND_MARK), "birthDate", "1985-01-01",
				"birthDatePrecision", "YEAR_ONLY", "preciseLocation", "back room of " + SECOND_MARK + " Bakery"))))
			.andExpect(status().isCreated());
		mvc.perform(api(post("/api/cases/" + caseId + "/sources"), researcher).content(json.writeValueAsString(Map.of(
				"label", "Contact near Yanji", "name", "Pak " + SOURCE_MARK, "contactDetails",
				"+86 138 1234 5678; pak." + SOURCE_MARK.toLowerCase(java.util.Locale.ROOT) + "@mail.example.org"))))
			.andExpect(status().isCreated());
		mvc.perform(api(post("/api/cases/" + caseId + "/whereabouts"), researcher).content(json.writeValueAsString(Map.of(
				"personId", personId, "kind", "HIDING", "place", Map.of("name", "flat of " + PLACE_MARK, "lat", 42.88, "lon", 129.5),
				"date", Map.of("earliest", "2026-01-10")))))
			.andExpect(status().isCreated());
		UUID appealId = draftAppeal(researcher, caseId, "Your Excellency, we appeal to you on behalf of five refugees.");
		String appeal = "/api/cases/" + caseId + "/appeals/" + appealId;
		mvc.perform(api(post(appeal + "/submit"), researcher).content("{\"version\": 0}")).andExpect(status().isOk());
		mvc.perform(api(post(appeal + "/approve"), user(team, Role.REVIEWER))
				.content(json.writeValueAsString(Map.of("version", 1, "password", PASSWORD))))
			.andExpect(status().isOk());
		mvc.perform(api(post(appeal + "/dispatches"), user(team, Role.ADVOCACY)).content(json.writeValueAsString(Map.of("channels",
				java.util.List.of(Map.of("channel", "EMAIL", "to", "general-office-" + UUID.randomUUID() + "@gov.example.org"))))))
			.andExpect(status().isCreated());
		awaitListeners();
		TestUser preparer = user(team, Role.REVIEWER);
		String publicationId = read(mvc.perform(api(post("/api/cases/" + caseId + "/publications"), preparer)
				.content("{\"appealId\": \"" + appealId + "\"}"))
			.andExpect(status().isCreated()).andReturn()).get("id").asString();
		fixture = new Fixture(caseId, publicationId, preparer, user(team, Role.REVIEWER));
		return fixture;
	}

	/** Eight letters from an id, so that a marker is one word to the blind index. */
	private static String letters(UUID id) {
		StringBuilder out = new StringBuilder();
		for (char c : id.toString().replace("-", "").substring(0, 8).toCharArray()) {
			out.append((char) ('a' + Character.digit(c, 16)));
		}
		return out.toString();
	}

	/** Three Hangul syllables derived from the marker, so that the Korean name is as unique as the Latin one. */
	private static String hangul(String mark) {
		return syllables(mark, 0xAC00, 11172);
	}

	private static String hanzi(String mark) {
		return syllables(mark, 0x4E00, 20902);
	}

	private static String syllables(String mark, int first, int count) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 3; i++) {
			out.appendCodePoint(first + Math.floorMod(mark.hashCode() * (i + 7) + i * 7919, count));
		}
		return out.toString();
	}

}
