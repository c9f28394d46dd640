package org.vigil.cases;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.vigil.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CasesApiTests extends WebIntegrationTest {

	private final int year = Year.now(ZoneOffset.UTC).getValue();

	@Test
	void openingACaseAnswersItsIdAndAReferenceNumberedPerCountryAndYear() throws Exception {
		TestUser researcher = user(newTeam());
		// Fiji is used by no other test, so the numbering starts at 1 here.
		MvcResult first = mvc.perform(api(post("/api/cases"), researcher).content("""
				{"title": "Detained activist", "countryOfCustody": "FJ", "countryOfFearedReturn": "CN",
				 "summary": "Held without charge", "priority": "HIGH"}"""))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andReturn();
		assertThat(read(first).get("reference").asString()).isEqualTo("FJ 1/" + year);
		UUID second = openCase(researcher, "Second", "FJ");
		mvc.perform(api(get("/api/cases/" + second), researcher))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reference").value("FJ 2/" + year))
			.andExpect(jsonPath("$.priority").value("URGENT"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void badInputIsRefusedWithEachFieldAndTheReason() throws Exception {
		TestUser researcher = user(newTeam());
		mvc.perform(api(post("/api/cases"), researcher).content("""
				{"title": " ", "countryOfCustody": "China", "countryOfFearedReturn": "KP"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.errors[?(@.field == 'title')].reason").value("must not be blank"))
			.andExpect(jsonPath("$.errors[?(@.field == 'countryOfCustody')].reason")
				.value("must be an ISO 3166-1 alpha-2 country code such as CN or KP"));
		mvc.perform(api(post("/api/cases"), researcher).content("""
				{"title": "x", "countryOfCustody": "CN", "priority": "SOON"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'priority'")));
		mvc.perform(api(post("/api/cases"), researcher).content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Unreadable request body"));
	}

	@Test
	void unknownIdsAnswerNotFound() throws Exception {
		TestUser researcher = user(newTeam());
		mvc.perform(api(get("/api/cases/" + UUID.randomUUID()), researcher))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(api(get("/api/cases/not-an-id"), researcher)).andExpect(status().isNotFound());
		UUID caseId = openCase(researcher, "Case", "CN");
		mvc.perform(api(get("/api/cases/" + caseId + "/persons/" + UUID.randomUUID()), researcher))
			.andExpect(status().isNotFound());
	}

	@Test
	void aGroupOfPersonsIsRecordedWithItsProtectedNameAndCount() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		MvcResult created = mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher).content("""
				{"kind": "GROUP", "publicLabel": "Refugee group A", "name": "김철수 and four others",
				 "role": "AT_RISK", "numberOfPersons": 5}"""))
			.andExpect(status().isCreated())
			.andReturn();
		String personId = read(created).get("id").asString();
		reveal(researcher, caseId);
		mvc.perform(api(get("/api/cases/" + caseId + "/persons"), researcher))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(personId))
			.andExpect(jsonPath("$[0].kind").value("GROUP"))
			.andExpect(jsonPath("$[0].numberOfPersons").value(5))
			.andExpect(jsonPath("$[0].publicLabel").value("Refugee group A"))
			.andExpect(jsonPath("$[0].identity.name").value("김철수 and four others"));
	}

	@Test
	void aGroupNeedsItsCountAndAnIndividualCountsAsOne() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Case", "CN");
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher).content("""
				{"kind": "GROUP", "publicLabel": "Group"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("numberOfPersons"));
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher).content("""
				{"kind": "INDIVIDUAL", "publicLabel": "Refugee B", "numberOfPersons": 3}"""))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aPersonsCategoriesAreRecordedChangedAndKeptInTheHistory() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Categories", "CN");
		String personId = read(mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher).content("""
				{"kind": "INDIVIDUAL", "publicLabel": "Refugee C", "categories": ["WOMAN", "ASYLUM_SEEKER"]}"""))
			.andExpect(status().isCreated()).andReturn()).get("id").asString();
		mvc.perform(api(get("/api/cases/" + caseId + "/persons/" + personId), researcher))
			.andExpect(jsonPath("$.categories.length()").value(2))
			.andExpect(jsonPath("$.categories[0]").value("WOMAN"))
			.andExpect(jsonPath("$.categories[1]").value("ASYLUM_SEEKER"));
		reveal(researcher, caseId);
		mvc.perform(api(put("/api/cases/" + caseId + "/persons/" + personId), researcher).content("""
				{"kind": "INDIVIDUAL", "publicLabel": "Refugee C", "categories": ["WOMAN", "PREVIOUSLY_RETURNED"], "version": 0}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.categories[1]").value("PREVIOUSLY_RETURNED"));
		JsonNode change = read(mvc.perform(api(get("/api/cases/" + caseId + "/history"), researcher)).andReturn()).get(0);
		assertThat(change.get("changes").get(0).get("field").asString()).isEqualTo("categories");
		assertThat(change.get("changes").get(0).get("to").asString()).isEqualTo("PREVIOUSLY_RETURNED; WOMAN");
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher).content("""
				{"kind": "INDIVIDUAL", "publicLabel": "Refugee D", "categories": ["SPY"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("categories")));
	}

	@Test
	void sourcesAreRecordedWithReliabilityAndTheirLinkToPersons() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Case", "CN");
		String personId = read(mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher).content("""
				{"kind": "INDIVIDUAL", "publicLabel": "Refugee A"}""")).andReturn()).get("id").asString();
		mvc.perform(api(post("/api/cases/" + caseId + "/sources"), researcher).content(json.writeValueAsString(Map.of(
				"label", "Contact near Yanji", "reportedOn", "2026-11-20", "reliability", "MEDIUM", "confidential", true,
				"information", "Transfer to Helong is imminent", "personIds", new String[] { personId }))))
			.andExpect(status().isCreated());
		mvc.perform(api(get("/api/cases/" + caseId + "/sources"), researcher))
			.andExpect(jsonPath("$[0].label").value("Contact near Yanji"))
			.andExpect(jsonPath("$[0].reliability").value("MEDIUM"))
			.andExpect(jsonPath("$[0].confidential").value(true))
			.andExpect(jsonPath("$[0].personIds[0]").value(personId));
		// A person of another case cannot be linked.
		UUID otherCase = openCase(researcher, "Other", "CN");
		mvc.perform(api(post("/api/cases/" + otherCase + "/sources"), researcher).content(json.writeValueAsString(Map.of(
				"label", "Someone", "personIds", new String[] { personId }))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("personIds"));
	}

	@Test
	void editingNeedsTheLoadedVersionAndAStaleEditIsRefusedWithWhatChanged() throws Exception {
		TestUser first = user(newTeam());
		UUID caseId = openCase(first, "Original title", "CN");
		String edit = """
				{"title": "%s", "countryOfCustody": "CN", "countryOfFearedReturn": "KP", "summary": "summary",
				 "priority": "URGENT", "version": %d}""";
		mvc.perform(api(put("/api/cases/" + caseId), first).content("""
				{"title": "No version", "countryOfCustody": "CN"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(api(put("/api/cases/" + caseId), first).content(edit.formatted("Title by the first editor", 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		// A second editor who loaded version 0 saves later: refused, told what changed, nothing overwritten.
		mvc.perform(api(put("/api/cases/" + caseId), first).content(edit.formatted("Title by the second editor", 0)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.changes[0].field").value("title"))
			.andExpect(jsonPath("$.changes[0].from").value("Original title"))
			.andExpect(jsonPath("$.changes[0].to").value("Title by the first editor"));
		mvc.perform(api(get("/api/cases/" + caseId), first)).andExpect(jsonPath("$.title").value("Title by the first editor"));
	}

	@Test
	void historyShowsWhoChangedWhichFieldAndHidesProtectedValues() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Before", "CN");
		mvc.perform(api(put("/api/cases/" + caseId), researcher).content("""
				{"title": "After", "countryOfCustody": "CN", "countryOfFearedReturn": "KP", "summary": "summary",
				 "priority": "URGENT", "version": 0}""")).andExpect(status().isOk());
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher).content("""
				{"kind": "INDIVIDUAL", "publicLabel": "Refugee A", "name": "Secret Name"}"""))
			.andExpect(status().isCreated());
		MvcResult result = mvc.perform(api(get("/api/cases/" + caseId + "/history"), researcher))
			.andExpect(status().isOk())
			.andReturn();
		JsonNode history = read(result);
		assertThat(history).hasSize(3);
		JsonNode personCreated = history.get(0);
		assertThat(personCreated.get("recordType").asString()).isEqualTo("person");
		assertThat(personCreated.get("action").asString()).isEqualTo("created");
		assertThat(result.getResponse().getContentAsString()).doesNotContain("Secret Name");
		JsonNode titleChange = history.get(1);
		assertThat(titleChange.get("by").asString()).isEqualTo(researcher.username());
		assertThat(titleChange.get("action").asString()).isEqualTo("changed");
		assertThat(titleChange.get("changes").get(0).get("field").asString()).isEqualTo("title");
		assertThat(titleChange.get("changes").get(0).get("from").asString()).isEqualTo("Before");
		assertThat(titleChange.get("changes").get(0).get("to").asString()).isEqualTo("After");
	}

	@Test
	void theListFiltersSortsAndPagesVisibleCases() throws Exception {
		TestUser researcher = user(newTeam());
		for (int i = 0; i < 3; i++) {
			openCase(researcher, "Mongolia case " + i, "MN");
		}
		openCase(researcher, "Laos case", "LA");
		mvc.perform(api(get("/api/cases?country=MN&size=2&sort=title"), researcher))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].title").value("Mongolia case 0"))
			.andExpect(jsonPath("$.items[1].title").value("Mongolia case 1"));
		mvc.perform(api(get("/api/cases?country=MN&size=2&page=1&sort=title"), researcher))
			.andExpect(jsonPath("$.items[0].title").value("Mongolia case 2"));
		mvc.perform(api(get("/api/cases?sort=colour"), researcher))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
	}

	@Test
	void theApiDescriptionIsServed() throws Exception {
		mvc.perform(get("/api/openapi.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/cases'].post").exists())
			.andExpect(jsonPath("$.paths['/api/cases/{caseId}/history'].get").exists());
	}

	@Test
	void aPersonCanBeFoundByNameInAnotherScriptOrderWithoutTheNameBeingStoredInClear() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Case", "CN");
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher).content("""
				{"kind": "INDIVIDUAL", "publicLabel": "Refugee K", "name": "Kim Chol-su", "namesInOtherScripts": "김철수"}"""))
			.andExpect(status().isCreated());
		reveal(researcher, caseId);
		mvc.perform(api(post("/api/persons/lookup"), researcher).content("{\"name\": \"chol-su KIM\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].publicLabel").value("Refugee K"));
		mvc.perform(api(post("/api/persons/lookup"), researcher).content("{\"name\": \"김철수\"}"))
			.andExpect(jsonPath("$[0].publicLabel").value("Refugee K"));
		// Other teams learn nothing.
		mvc.perform(api(post("/api/persons/lookup"), user(newTeam())).content("{\"name\": \"Kim Chol-su\"}"))
			.andExpect(jsonPath("$").isEmpty());
	}

}
