package org.vigil.cases;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.support.WebIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CasePagesTests extends WebIntegrationTest {

	@Test
	void aStaleSaveIsRefusedKeepingWhatTheUserTypedAndShowingWhatChanged() throws Exception {
		TestUser first = user(newTeam());
		UUID caseId = openCase(first, "Original title", "CN");
		MockHttpSession session = signIn(first);
		mvc.perform(form(caseId, session, "Saved first", 0)).andExpect(redirectedUrlPattern("/cases/*"));

		mvc.perform(form(caseId, session, "My careful rewording", 0))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this case after you opened it")))
			.andExpect(content().string(containsString("Saved first")))
			.andExpect(content().string(containsString("value=\"My careful rewording\"")));

		mvc.perform(get("/cases/" + caseId).session(session))
			.andExpect(content().string(containsString("Saved first")));
	}

	@Test
	void badInputKeepsTheFormAndSaysWhatToFix() throws Exception {
		MockHttpSession session = signIn(user(newTeam()));
		mvc.perform(post("/cases").session(session).with(csrf()).param("title", "Kept title").param("countryOfCustody", "XX")
				.param("status", "OPEN").param("priority", "HIGH"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Some fields need attention")))
			.andExpect(content().string(containsString("must be an ISO 3166-1 alpha-2 country code")))
			.andExpect(content().string(containsString("value=\"Kept title\"")));
	}

	@Test
	void theCasePageShowsPeopleSourcesAndHistory() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Visible case", "CN");
		MockHttpSession session = signIn(researcher);
		mvc.perform(post("/cases/" + caseId + "/persons").session(session).with(csrf()).param("kind", "GROUP")
				.param("numberOfPersons", "5").param("role", "AT_RISK").param("publicLabel", "Refugee group A"))
			.andExpect(redirectedUrlPattern("/cases/*"));
		mvc.perform(post("/cases/" + caseId + "/sources").session(session).with(csrf()).param("label", "Contact near Yanji")
				.param("reliability", "MEDIUM").param("information", "Transfer is imminent"))
			.andExpect(redirectedUrlPattern("/cases/*"));
		mvc.perform(get("/cases/" + caseId).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Group of 5")))
			.andExpect(content().string(containsString("Contact near Yanji")))
			.andExpect(content().string(containsString("hx-get=\"/cases/" + caseId + "/history?latest=5\"")));
		// The case page loads its latest changes after it is shown.
		mvc.perform(get("/cases/" + caseId + "/history").param("latest", "5").header("HX-Request", "true").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(researcher.username() + " recorded Refugee group A")))
			.andExpect(content().string(not(containsString("<footer"))));
	}

	@Test
	void thePersonFormRecordsWhatMayBeSaidOfThePersonInPublic() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Categories on the form", "CN");
		MockHttpSession session = signIn(researcher);
		mvc.perform(get("/cases/" + caseId + "/persons/new").session(session))
			.andExpect(content().string(containsString("value=\"HUMAN_RIGHTS_DEFENDER\"")))
			.andExpect(content().string(containsString("Human rights defender")));
		mvc.perform(post("/cases/" + caseId + "/persons").session(session).with(csrf()).param("kind", "INDIVIDUAL")
				.param("role", "AT_RISK").param("publicLabel", "Defender A").param("categories", "HUMAN_RIGHTS_DEFENDER", "JOURNALIST"))
			.andExpect(redirectedUrlPattern("/cases/*"));
		mvc.perform(api(get("/api/cases/" + caseId + "/persons"), researcher))
			.andExpect(jsonPath("$[0].categories[0]").value("HUMAN_RIGHTS_DEFENDER"))
			.andExpect(jsonPath("$[0].categories[1]").value("JOURNALIST"));
	}

	private org.springframework.test.web.servlet.RequestBuilder form(UUID caseId, MockHttpSession session, String title, long version) {
		return post("/cases/" + caseId).session(session).with(csrf()).param("title", title).param("countryOfCustody", "CN")
			.param("countryOfFearedReturn", "KP").param("summary", "summary").param("status", "OPEN").param("priority", "URGENT")
			.param("version", String.valueOf(version));
	}

	@Test
	void aCaseOfHundredsOfPeopleListsTheFirstHundredThenAllOnRequest() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Many people", "CN");
		for (int i = 1; i <= 101; i++) {
			mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher)
				.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Detainee " + i + " of the camp\"}"))
				.andExpect(status().isCreated());
		}
		MockHttpSession session = signIn(researcher);
		mvc.perform(get("/cases/" + caseId).session(session))
			.andExpect(content().string(containsString("Detainee 100 of the camp")))
			.andExpect(content().string(not(containsString("Detainee 101 of the camp"))))
			.andExpect(content().string(containsString("Show the 1 more (all 101 people)")));
		mvc.perform(get("/cases/" + caseId).param("allPeople", "true").session(session))
			.andExpect(content().string(containsString("Detainee 101 of the camp")));
	}

	@Test
	void theCasePageLeadsWithTheStateOfTheCaseAndLoadsEachModulesPartFromItsOwnRoute() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "State first", "CN");
		String page = mvc.perform(get("/cases/" + caseId).session(signIn(researcher))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String c = "/cases/" + caseId;

		org.assertj.core.api.Assertions.assertThat(page)
			.contains("hx-get=\"" + c + "/urgency/section\"", "data-unavailable=\"Not assessed yet.\"",
					"hx-get=\"" + c + "/whereabouts/now\"", "data-unavailable=\"No whereabouts recorded yet.\"",
					"hx-get=\"" + c + "/appeals/next-step\"", "hx-get=\"" + c + "/appeals/latest\"",
					"hx-get=\"" + c + "/whereabouts/section\"", "hx-get=\"" + c + "/legal-basis\"",
					"hx-get=\"" + c + "/appeals\"", "hx-get=\"" + c + "/files\"", "/js/sections.js",
					"href=\"" + c + "/access\"", "aria-current=\"page\"")
			// Access and its administration are on their own tab.
			.doesNotContain("Share with a colleague outside the team", "Legal hold and purging", "Who viewed and changed this case");
		org.assertj.core.api.Assertions.assertThat(page.indexOf("State of the case")).isLessThan(page.indexOf("id=\"people\""));
		org.assertj.core.api.Assertions.assertThat(page.indexOf("id=\"sources\"")).isLessThan(page.indexOf("id=\"whereabouts\""));
		org.assertj.core.api.Assertions.assertThat(page.indexOf("id=\"legal-basis\"")).isLessThan(page.indexOf("id=\"appeals\""));
		mvc.perform(get("/js/sections.js")).andExpect(status().isOk())
			.andExpect(content().string(containsString("htmx:responseError")));
	}

	@Test
	void theNextStepAndTheLatestAppealSayWhatTheCaseAsksOfTheReader() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser director = user(team, org.vigil.accounts.Role.REVIEWER);
		UUID caseId = openCase(researcher, "What next", "CN");
		MockHttpSession session = signIn(researcher);
		String c = "/cases/" + caseId;

		mvc.perform(get(c + "/appeals/next-step").header("HX-Request", "true").session(session))
			.andExpect(content().string(containsString("Record the people at risk")))
			.andExpect(content().string(containsString("href=\"" + c + "/persons/new\"")));
		mvc.perform(post(c + "/persons").session(session).with(csrf()).param("kind", "GROUP").param("numberOfPersons", "5")
				.param("role", "AT_RISK").param("publicLabel", "Refugee group A"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(c + "#people"));
		mvc.perform(get(c).session(session)).andExpect(content().string(containsString("Refugee group A was recorded.")));
		mvc.perform(get(c + "/appeals/next-step").header("HX-Request", "true").session(session))
			.andExpect(content().string(containsString("Draft an urgent appeal")));
		mvc.perform(get(c + "/appeals/latest").header("HX-Request", "true").session(session))
			.andExpect(content().string(containsString("No appeals drafted yet.")));

		UUID appealId = draftAppeal(researcher, caseId, "Your Excellency");
		mvc.perform(get(c + "/appeals/latest").header("HX-Request", "true").session(session))
			.andExpect(content().string(containsString("Do not return the five refugees")))
			.andExpect(content().string(containsString(">Draft<")));
		mvc.perform(get(c + "/appeals/next-step").header("HX-Request", "true").session(session))
			.andExpect(content().string(containsString("Finish the draft and submit it for review")));
		mvc.perform(api(post(c.replace("/cases", "/api/cases") + "/appeals/" + appealId + "/submit"), researcher).content("{\"version\": 0}"))
			.andExpect(status().isOk());
		mvc.perform(get(c + "/appeals/next-step").header("HX-Request", "true").session(session))
			.andExpect(content().string(containsString("waits for a second reviewer")));
		mvc.perform(get(c + "/appeals/next-step").header("HX-Request", "true").session(signIn(director)))
			.andExpect(content().string(containsString("Review and approve the appeal")))
			.andExpect(content().string(containsString("href=\"" + c + "/appeals/" + appealId + "\"")));
	}

}
