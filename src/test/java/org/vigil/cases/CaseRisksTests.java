package org.vigil.cases;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The risks a case records its people face if returned: saved, versioned, in the history by their labels, refused when unknown. */
class CaseRisksTests extends WebIntegrationTest {

	private static final String EDIT = """
			{"title": "Risks", "countryOfCustody": "CN", "countryOfFearedReturn": "KP", "priority": "URGENT",
			 "risks": %s, "version": %d}""";

	@Test
	void aCasesRisksAreSavedAnsweredInTheirOrderAndChangedWithTheLoadedVersion() throws Exception {
		TestUser researcher = user(newTeam());
		String id = read(mvc.perform(api(post("/api/cases"), researcher).content("""
				{"title": "Risks", "countryOfCustody": "CN", "countryOfFearedReturn": "KP", "priority": "URGENT",
				 "risks": ["FORCED_LABOUR", "TORTURE"]}"""))
			.andExpect(status().isCreated()).andReturn()).get("id").asString();
		mvc.perform(api(get("/api/cases/" + id), researcher))
			.andExpect(jsonPath("$.risks.length()").value(2))
			.andExpect(jsonPath("$.risks[0]").value("TORTURE"))
			.andExpect(jsonPath("$.risks[1]").value("FORCED_LABOUR"));

		mvc.perform(api(put("/api/cases/" + id), researcher).content(EDIT.formatted("[\"TORTURE\", \"DEATH_PENALTY\"]", 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.risks[1]").value("DEATH_PENALTY"));
		// An editor who loaded version 0 is refused, told that the risks changed, and overwrites nothing.
		mvc.perform(api(put("/api/cases/" + id), researcher).content(EDIT.formatted("[]", 0)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.changes[0].field").value("risks"))
			.andExpect(jsonPath("$.changes[0].from").value("FORCED_LABOUR; TORTURE"))
			.andExpect(jsonPath("$.changes[0].to").value("DEATH_PENALTY; TORTURE"));
		mvc.perform(api(get("/api/cases/" + id), researcher)).andExpect(jsonPath("$.risks.length()").value(2));

		JsonNode change = read(mvc.perform(api(get("/api/cases/" + id + "/history"), researcher)).andReturn()).get(0);
		assertThat(change.get("changes").get(0).get("field").asString()).isEqualTo("risks");
		assertThat(change.get("changes").get(0).get("to").asString()).isEqualTo("DEATH_PENALTY; TORTURE");
	}

	@Test
	void theHistoryPageShowsTheRisksByTheirLabels() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Risks", "CN");
		mvc.perform(api(put("/api/cases/" + caseId), researcher)
				.content(EDIT.formatted("[\"DEATH_PENALTY\", \"ENFORCED_DISAPPEARANCE\"]", 0)))
			.andExpect(status().isOk());

		MockHttpSession session = signIn(researcher);
		String history = mvc.perform(get("/cases/" + caseId + "/history").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(history).contains("What they face if returned", "Death penalty", "Enforced disappearance")
			.doesNotContain("DEATH_PENALTY", "ENFORCED_DISAPPEARANCE");
	}

	@Test
	void theEditFormTicksTheRisksAndSavesThem() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Risks", "CN");
		MockHttpSession session = signIn(researcher);
		mvc.perform(post("/cases/" + caseId).session(session).with(csrf()).param("title", "Risks").param("countryOfCustody", "CN")
				.param("countryOfFearedReturn", "KP").param("status", "OPEN").param("priority", "URGENT").param("version", "0")
				.param("risks", "TRAFFICKING", "SEXUAL_VIOLENCE"))
			.andExpect(redirectedUrlPattern("/cases/*"));
		mvc.perform(api(get("/api/cases/" + caseId), researcher))
			.andExpect(jsonPath("$.risks[0]").value("SEXUAL_VIOLENCE"))
			.andExpect(jsonPath("$.risks[1]").value("TRAFFICKING"));
		String form = mvc.perform(get("/cases/" + caseId + "/edit").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(form).containsPattern("value=\"TRAFFICKING\"[^>]*checked").contains("Trafficking", "Torture or ill-treatment");
		String page = mvc.perform(get("/cases/" + caseId).session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Sexual violence", "Trafficking");
	}

	@Test
	void anUnknownRiskIsRefusedNamingTheFieldAndTheAcceptedValues() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Risks", "CN");
		mvc.perform(api(put("/api/cases/" + caseId), researcher).content(EDIT.formatted("[\"TORTURE\", \"EXILE\"]", 0)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("risks[1]"))
			.andExpect(jsonPath("$.errors[0].reason").value(allOf(containsString("TORTURE"), containsString("DEATH_PENALTY"),
					containsString("TRAFFICKING"))));
		mvc.perform(api(post("/api/cases"), researcher).content("""
				{"title": "Risks", "countryOfCustody": "CN", "risks": ["exile"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("risks[0]"));
		mvc.perform(post("/cases/" + caseId).session(signIn(researcher)).with(csrf()).param("title", "Risks")
				.param("countryOfCustody", "CN").param("status", "OPEN").param("priority", "URGENT").param("version", "0")
				.param("risks", "TORTURE", "EXILE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must be among the risks offered")));
		mvc.perform(api(get("/api/cases/" + caseId), researcher))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.risks.length()").value(0));
	}

}
