package org.vigil.cases;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A reviewer sees what waits for them — an appeal in review, a request for the identity permission, an export — on the home page and in the menu. */
class WaitingForReviewersTests extends WebIntegrationTest {

	@Test
	void aReviewerSeesTheAppealTheRequestAndTheExportThatWaitForThem() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser director = user(team, Role.REVIEWER);
		UUID caseId = openCase(researcher, "Waiting work", "CN");
		String reference = read(mvc.perform(api(get("/api/cases/" + caseId), researcher)).andReturn()).get("reference").asString();
		UUID appealId = draftAppeal(researcher, caseId, "Your Excellency");
		mvc.perform(api(post("/api/cases/" + caseId + "/appeals/" + appealId + "/submit"), researcher).content("{\"version\": 0}"))
			.andExpect(status().isOk());
		TestUser colleague = user(team);
		mvc.perform(api(post("/api/cases/" + caseId + "/identity-grant-requests"), colleague)
			.content("{\"reason\": \"Checking the names for the appeal\"}"))
			.andExpect(status().isCreated());
		String teamId = read(mvc.perform(api(get("/api/cases/" + caseId), researcher)).andReturn()).get("team").get("id").asString();
		String exportId = read(mvc.perform(api(post("/api/exports"), researcher)
			.content("{\"teamId\": \"" + teamId + "\", \"reason\": \"The annual report needs them\"}"))
			.andExpect(status().isCreated()).andReturn()).get("id").asString();

		MockHttpSession session = signIn(director);
		mvc.perform(get("/cases").session(session))
			.andExpect(content().string(containsString("hx-get=\"/waiting\"")))
			.andExpect(content().string(containsString("hx-get=\"/waiting/count\"")));
		mvc.perform(get("/waiting").header("HX-Request", "true").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The appeal to Xi Jinping, President of the People&#39;s Republic of China waits for approval")))
			.andExpect(content().string(containsString(colleague.username() + " asks for the identity permission")))
			.andExpect(content().string(containsString(researcher.username() + " asks for a bulk export of the team " + team)))
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString("/exports/" + exportId)))
			.andExpect(content().string(not(containsString("<footer"))));
		mvc.perform(get("/waiting/count").header("HX-Request", "true").session(session))
			.andExpect(content().string(containsString(">3</span>")));

		// The export's own page offers the approval to the second reviewer.
		mvc.perform(post("/exports/" + exportId + "/approve").session(session).with(csrf()))
			.andExpect(redirectedUrl("/exports/" + exportId));
		mvc.perform(get("/waiting/count").header("HX-Request", "true").session(session))
			.andExpect(content().string(containsString(">2</span>")));
	}

	@Test
	void whatTheReviewerAskedOrWroteThemselvesDoesNotWaitForThem() throws Exception {
		String team = newTeam();
		TestUser writer = user(team, Role.RESEARCHER, Role.REVIEWER);
		UUID caseId = openCase(writer, "Own work", "CN");
		UUID appealId = draftAppeal(writer, caseId, "Your Excellency");
		mvc.perform(api(post("/api/cases/" + caseId + "/appeals/" + appealId + "/submit"), writer).content("{\"version\": 0}"))
			.andExpect(status().isOk());

		MockHttpSession session = signIn(writer);
		mvc.perform(get("/waiting").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing waits for you.")));
		mvc.perform(get("/waiting/count").header("HX-Request", "true").session(session))
			.andExpect(content().string(not(containsString("waiting-count"))));
	}

	@Test
	void aResearcherHasNothingWaitingInTheMenu() throws Exception {
		MockHttpSession session = signIn(user(newTeam()));
		mvc.perform(get("/cases").session(session))
			.andExpect(content().string(not(containsString("/waiting"))));
		mvc.perform(get("/waiting").session(session)).andExpect(content().string(containsString("Nothing waits for you.")));
	}

	@Test
	void anExportOfAnotherTeamIsNotFound() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Exported", "CN");
		String teamId = read(mvc.perform(api(get("/api/cases/" + caseId), researcher)).andReturn()).get("team").get("id").asString();
		String exportId = read(mvc.perform(api(post("/api/exports"), researcher)
			.content("{\"teamId\": \"" + teamId + "\", \"reason\": \"The annual report needs them\"}"))
			.andReturn()).get("id").asString();
		mvc.perform(get("/exports/" + exportId).session(signIn(user(newTeam(), Role.REVIEWER)))).andExpect(status().isNotFound());
	}

}
