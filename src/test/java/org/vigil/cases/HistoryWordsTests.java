package org.vigil.cases;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The history page reads like the domain: labels instead of codes, public labels instead of ids, the appeal's steps among the changes. */
class HistoryWordsTests extends WebIntegrationTest {

	@Test
	void valuesAreShownByTheirLabelsNotTheirCodes() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Codes into words", "CN");
		mvc.perform(api(put("/api/cases/" + caseId), researcher).content("""
				{"title": "Codes into words", "countryOfCustody": "CN", "countryOfFearedReturn": "KP", "summary": "summary",
				 "priority": "HIGH", "status": "MONITORING", "outcome": "STILL_HELD", "version": 0}"""))
			.andExpect(status().isOk());
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher)
			.content("{\"kind\": \"GROUP\", \"publicLabel\": \"Refugee group A\", \"numberOfPersons\": 5, \"role\": \"AT_RISK\"}"))
			.andExpect(status().isCreated());

		String history = historyPage(researcher, caseId);
		assertThat(history).contains("Monitoring", "Still held", "High", "At risk", "China", "North Korea")
			.doesNotContain("MONITORING", "STILL_HELD", "AT_RISK", ">CN<", ">KP<");
	}

	@Test
	void aSourceIsSaidToBeAboutPeopleByTheirPublicLabels() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "About whom", "CN");
		String personId = read(mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher)
			.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Refugee B\"}")).andReturn()).get("id").asString();
		mvc.perform(api(post("/api/cases/" + caseId + "/sources"), researcher).content("""
				{"label": "Contact near Yanji", "reliability": "HIGH", "confidential": false, "personIds": ["%s"]}""".formatted(personId)))
			.andExpect(status().isCreated());

		String history = historyPage(researcher, caseId);
		assertThat(history).contains("About whom", "Refugee B", "High").doesNotContain(personId, ">HIGH<");
		assertThat(history).containsPattern("Confidential</span>:\\s*<span[^>]*>→</span>\\s*<ins>No</ins>");
	}

	@Test
	void theAppealsStepsAreInTheHistory() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser director = user(team, Role.REVIEWER);
		UUID caseId = openCase(researcher, "Steps of the appeal", "CN");
		UUID appealId = draftAppeal(researcher, caseId, "Your Excellency, we write to you urgently.");
		mvc.perform(api(post("/api/cases/" + caseId + "/appeals/" + appealId + "/submit"), researcher).content("{\"version\": 0}"))
			.andExpect(status().isOk());
		mvc.perform(api(post("/api/cases/" + caseId + "/appeals/" + appealId + "/approve"), director)
				.content("{\"version\": 1, \"password\": \"" + PASSWORD + "\"}"))
			.andExpect(status().isOk());

		String history = historyPage(researcher, caseId);
		String addressee = "Xi Jinping, President of the People&#39;s Republic of China";
		assertThat(history).contains(researcher.username() + " drafted the appeal to " + addressee,
				researcher.username() + " submitted the appeal to " + addressee + " for review",
				director.username() + " approved the appeal to " + addressee);
		assertThat(history.indexOf("approved the appeal")).as("newest first").isLessThan(history.indexOf("drafted the appeal"));
		assertThat(history).doesNotContain("Do not return the five refugees");
	}

	private String historyPage(TestUser user, UUID caseId) throws Exception {
		MockHttpSession session = signIn(user);
		return mvc.perform(get("/cases/" + caseId + "/history").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

}
