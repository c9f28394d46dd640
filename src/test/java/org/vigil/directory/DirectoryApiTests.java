package org.vigil.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The directory through the API: read by every signed-in user, curated by administrators. */
class DirectoryApiTests extends WebIntegrationTest {

	@Autowired
	AuthorityDirectory directory;

	@Autowired
	Addressees addressees;

	private Map<String, Object> embassy(String title, List<Map<String, Object>> channels) {
		return Map.of("country", "CN", "kind", "EMBASSY", "title", title, "hostCountry", "KR", "languages", List.of("zh", "ko"),
				"formsOfAddress", List.of(Map.of("language", "ko", "salutation", "존경하는 대사님께")), "channels", channels);
	}

	private static Map<String, Object> fax(String number) {
		return Map.of("kind", "FAX", "value", number, "asOf", "2026-11-20", "source", "The embassy's reply of 20 November 2026");
	}

	private JsonNode create(TestUser admin, Map<String, Object> body) throws Exception {
		return read(mvc.perform(api(post("/api/authorities"), admin).content(json.writeValueAsString(body)))
			.andExpect(status().isCreated()).andReturn());
	}

	@Test
	void theShippedDirectoryListsChinasAuthoritiesPagedAndUnverified() throws Exception {
		JsonNode page = read(mvc.perform(api(get("/api/authorities?country=CN&size=2"), user(newTeam()))).andExpect(status().isOk()).andReturn());
		assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(5);
		assertThat(page.get("items")).hasSize(2);
		assertThat(page.get("totalPages").asInt()).isGreaterThanOrEqualTo(3);
		JsonNode first = page.get("items").get(0);
		assertThat(first.get("kind").asString()).isEqualTo("HEAD_OF_STATE");
		assertThat(first.get("verified").asBoolean()).isFalse();
		assertThat(first.get("channels").get(0).get("value").asString()).contains("Zhongnanhai", "Beijing 100017");
	}

	@Test
	void aChannelFromAnOldSourceShowsAsPossiblyStale() {
		Authority ministry = directory.ofCountry("CN").stream().filter(a -> a.kind() == AuthorityKind.MINISTRY_OF_PUBLIC_SECURITY)
			.findFirst().orElseThrow();
		assertThat(ministry.channel(ChannelKind.POSTAL).orElseThrow().stale()).as("known as of 2012").isTrue();
		assertThat(ministry.possiblyStale()).isTrue();
	}

	@Test
	void theSampleCasesAddresseesAreThePresidentAndTheMinisterOfPublicSecurityWithCopiesToForeignAffairsAndGeneva() {
		Suggestion suggestion = addressees.suggest(new SuggestionFacts("CN", "Yanji Public Security Bureau"));
		assertThat(suggestion.addressees()).extracting(Authority::title)
			.containsExactly("President of the People's Republic of China", "Minister of Public Security");
		assertThat(suggestion.copies()).extracting(Authority::kind)
			.containsExactly(AuthorityKind.MINISTRY_OF_FOREIGN_AFFAIRS, AuthorityKind.PERMANENT_MISSION_GENEVA);
		Authority president = suggestion.addressees().get(0);
		assertThat(president.addresseeBlock("en")).containsExactly("H.E. Mr Xi Jinping", "President of the People's Republic of China",
				"General Office of the Central Committee of the Communist Party of China", "Zhongnanhai", "Xicheng District", "Beijing 100017",
				"People's Republic of China");
		assertThat(president.formOfAddress("zh").orElseThrow().salutation()).isEqualTo("尊敬的习近平主席阁下：");
	}

	/* Kenya is one of the states the starting directory covers since issue 11: offices only, every one unverified. */
	@Test
	void peopleHeldByThePoliceInKenyaGoToItsPresidentAndItsInteriorWithCopiesToForeignAffairsAndGeneva() {
		Suggestion suggestion = addressees.suggest(new SuggestionFacts("KE", "Kenya Police Service, Kileleshwa station"));
		assertThat(suggestion.addressees()).extracting(Authority::title)
			.containsExactly("President of the Republic of Kenya", "Cabinet Secretary for Interior and National Administration");
		assertThat(suggestion.copies()).extracting(Authority::title)
			.containsExactly("Cabinet Secretary for Foreign and Diaspora Affairs", "Permanent Representative to the United Nations Office at Geneva");
		assertThat(suggestion.missing()).isEmpty();
		assertThat(suggestion.addressees()).allSatisfy(a -> assertThat(a.verified()).isFalse());
	}

	/* Poland's government, not its President, holds the executive: the Prime Minister is the one addressed. */
	@Test
	void peopleInABorderGuardCentreInPolandGoToItsPrimeMinisterAndItsInteriorThroughTheApi() throws Exception {
		JsonNode suggestion = read(mvc.perform(api(get("/api/authorities/suggestions?country=PL&custodian=Border Guard guarded centre for foreigners"),
				user(newTeam()))).andExpect(status().isOk()).andReturn());
		assertThat(suggestion.get("addressees")).extracting(a -> a.get("title").asString())
			.containsExactly("Prime Minister of the Republic of Poland", "Minister of the Interior and Administration");
		assertThat(suggestion.get("copies")).extracting(a -> a.get("kind").asString())
			.containsExactly("MINISTRY_OF_FOREIGN_AFFAIRS", "PERMANENT_MISSION_GENEVA");
		assertThat(suggestion.get("addressees").get(0).get("formsOfAddress")).extracting(f -> f.get("salutation").asString())
			.contains("존경하는 총리 각하", "尊敬的总理阁下：");
	}

	@Test
	void suggestionsAreAnsweredThroughTheApiToo() throws Exception {
		JsonNode suggestion = read(mvc.perform(api(get("/api/authorities/suggestions?country=cn&custodian=Jilin Prison"), user(newTeam())))
			.andExpect(status().isOk()).andReturn());
		assertThat(suggestion.get("addressees").get(1).get("kind").asString()).isEqualTo("MINISTRY_OF_JUSTICE");
		mvc.perform(api(get("/api/authorities/suggestions"), user(newTeam()))).andExpect(status().isBadRequest());
	}

	@Test
	void anAdministratorCreatesAnEntryThatEveryoneThenReads() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		JsonNode created = create(admin, embassy("Ambassador of China to the Republic of Korea", List.of(fax("+82 2 738 1234"))));
		assertThat(created.get("version").asLong()).isZero();
		JsonNode shown = read(mvc.perform(api(get("/api/authorities/" + created.get("id").asString()), user(newTeam())))
			.andExpect(status().isOk()).andReturn());
		assertThat(shown.get("channels").get(0).get("value").asString()).isEqualTo("+82 2 738 1234");
		assertThat(shown.get("channels").get(0).get("stale").asBoolean()).isFalse();
		assertThat(jdbc.queryForObject("select count(*) from audit_entries where action = 'authority.created' and record_id = ?", Integer.class,
				created.get("id").asString())).isEqualTo(1);
	}

	@Test
	void aResearcherMayNotCreateAnEntry() throws Exception {
		mvc.perform(api(post("/api/authorities"), user(newTeam())).content(json.writeValueAsString(embassy("Ambassador", List.of()))))
			.andExpect(status().isForbidden());
	}

	@Test
	void anEditOnAnOlderVersionIsAConflictAndAnEditOnTheCurrentOneWithdrawsTheCheck() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		JsonNode created = create(admin, embassy("Ambassador", List.of()));
		String id = created.get("id").asString();
		mvc.perform(api(post("/api/authorities/" + id + "/verify"), admin).content("{\"version\": 0}")).andExpect(status().isOk());
		Map<String, Object> edit = new java.util.HashMap<>(embassy("Ambassador of China in Seoul", List.of()));
		edit.put("version", 0);
		JsonNode conflict = read(mvc.perform(api(put("/api/authorities/" + id), admin).content(json.writeValueAsString(edit)))
			.andExpect(status().isConflict()).andReturn());
		assertThat(conflict.get("currentVersion").asLong()).isEqualTo(1);
		edit.put("version", 1);
		JsonNode saved = read(mvc.perform(api(put("/api/authorities/" + id), admin).content(json.writeValueAsString(edit)))
			.andExpect(status().isOk()).andReturn());
		assertThat(saved.get("title").asString()).isEqualTo("Ambassador of China in Seoul");
		assertThat(saved.get("verified").asBoolean()).as("nobody has checked the new content").isFalse();
	}

	@Test
	void anEditWithoutItsVersionIsBadInput() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		String id = create(admin, embassy("Ambassador", List.of())).get("id").asString();
		mvc.perform(api(put("/api/authorities/" + id), admin).content(json.writeValueAsString(embassy("Ambassador", List.of()))))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aBadFaxNumberIsRefusedNamingItsField() throws Exception {
		String problem = mvc.perform(api(post("/api/authorities"), user(newTeam(), Role.ADMINISTRATOR))
				.content(json.writeValueAsString(embassy("Ambassador", List.of(fax("call the embassy"))))))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(problem).contains("channels.FAX.value");
	}

	@Test
	void outOfRangeInputIsBadInputNeverAServerError() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		mvc.perform(api(post("/api/authorities"), admin).content(json.writeValueAsString(embassy("x".repeat(301), List.of()))))
			.andExpect(status().isBadRequest());
		mvc.perform(api(post("/api/authorities"), admin).content(json.writeValueAsString(embassy("Title\u0000", List.of()))))
			.andExpect(status().isBadRequest());
		mvc.perform(api(post("/api/authorities"), admin).content(json.writeValueAsString(embassy("Ambassador",
				List.of(fax("+82 2 738 1234"), fax("+82 2 738 1235"), fax("+82 2 738 1236"), fax("+82 2 738 1237"), fax("+82 2 738 1238"))))))
			.andExpect(status().isBadRequest());
		Map<String, Object> future = Map.of("kind", "POSTAL", "value", "Seoul", "asOf", LocalDate.now().plusDays(2).toString(), "source", "x");
		mvc.perform(api(post("/api/authorities"), admin).content(json.writeValueAsString(embassy("Ambassador", List.of(future)))))
			.andExpect(status().isBadRequest());
		mvc.perform(api(post("/api/authorities"), admin).content("{\"country\": \"CN\", \"kind\": \"SPY\", \"title\": \"x\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(api(get("/api/authorities?country=XX"), admin)).andExpect(status().isBadRequest());
	}

	@Test
	void anUnknownEntryIsNotFound() throws Exception {
		mvc.perform(api(get("/api/authorities/" + UUID.randomUUID()), user(newTeam()))).andExpect(status().isNotFound());
		mvc.perform(api(put("/api/authorities/" + UUID.randomUUID()), user(newTeam(), Role.ADMINISTRATOR))
				.content(json.writeValueAsString(embassy("Ambassador", List.of()))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRetiredEntryIsNoLongerListedOrSuggestedButStillFoundById() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		Map<String, Object> body = new java.util.HashMap<>(embassy("Retired Ambassador", List.of()));
		body.put("country", "NO");
		body.put("kind", "MINISTRY_OF_FOREIGN_AFFAIRS");
		String id = create(admin, body).get("id").asString();
		mvc.perform(api(post("/api/authorities/" + id + "/retire"), admin).content("{\"version\": 0}")).andExpect(status().isOk());
		assertThat(directory.ofCountry("NO")).extracting(Authority::title).doesNotContain("Retired Ambassador");
		assertThat(directory.find(UUID.fromString(id)).orElseThrow().retired()).isTrue();
		body.put("version", 1);
		mvc.perform(api(put("/api/authorities/" + id), admin).content(json.writeValueAsString(body))).andExpect(status().isConflict());
	}

}
