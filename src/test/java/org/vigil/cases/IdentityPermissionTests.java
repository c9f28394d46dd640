package org.vigil.cases;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The identity permission is never granted to oneself: one asks, another reviewer of the team decides. */
class IdentityPermissionTests extends WebIntegrationTest {

	private static final String REASON = "{\"reason\": \"Checking the names for the appeal\"}";

	@Test
	void aReviewerCannotGrantTheIdentityPermissionToThemselves() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser director = user(team, Role.REVIEWER);
		UUID caseId = openCase(researcher, "No self-service", "CN");

		mvc.perform(api(post("/api/cases/" + caseId + "/identity-grants"), director)
			.content("{\"username\": \"" + director.username() + "\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("OWN_GRANT"));
		mvc.perform(api(post("/api/cases/" + caseId + "/reveal"), director)
			.content("{\"reason\": \"Checking the names\", \"password\": \"" + PASSWORD + "\"}"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_entries where action = 'identity.granted' and outcome = 'denied' and actor = ?
				and record_id = ?""", Integer.class, director.username(), caseId.toString())).isEqualTo(1);
	}

	@Test
	void aRequestIsGrantedByAnotherReviewerOfTheTeamNeverByTheOneWhoAsked() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser director = user(team, Role.REVIEWER);
		TestUser secondDirector = user(team, Role.REVIEWER);
		UUID caseId = openCase(researcher, "Two people for the names", "CN");

		String requestId = read(mvc.perform(api(post("/api/cases/" + caseId + "/identity-grant-requests"), director).content(REASON))
			.andExpect(status().isCreated()).andReturn()).get("id").asString();
		mvc.perform(api(post("/api/cases/" + caseId + "/identity-grant-requests"), director).content(REASON))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("REQUEST_WAITING"));
		mvc.perform(api(post("/api/cases/" + caseId + "/identity-grant-requests/" + requestId + "/approve"), director))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("OWN_REQUEST"));
		mvc.perform(api(post("/api/cases/" + caseId + "/identity-grant-requests/" + requestId + "/approve"), researcher))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("GRANT_BY_TEAM_REVIEWER"));

		mvc.perform(api(post("/api/cases/" + caseId + "/identity-grant-requests/" + requestId + "/approve"), secondDirector))
			.andExpect(status().isNoContent());
		reveal(director, caseId);
		mvc.perform(api(post("/api/cases/" + caseId + "/identity-grant-requests/" + requestId + "/decline"), secondDirector))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("REQUEST_DECIDED"))
			.andExpect(jsonPath("$.detail").value(containsString(secondDirector.username())));
		assertThat(jdbc.queryForList("select action from audit_entries where record_id = ? and outcome = 'success' order by id",
				String.class, caseId.toString())).containsSubsequence("identity.requested", "identity.granted", "identity.revealed");
	}

	@Test
	void aDeclinedRequestGrantsNothing() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser colleague = user(team);
		TestUser director = user(team, Role.REVIEWER);
		UUID caseId = openCase(researcher, "Declined", "CN");
		String requestId = read(mvc.perform(api(post("/api/cases/" + caseId + "/identity-grant-requests"), colleague).content(REASON))
			.andReturn()).get("id").asString();

		mvc.perform(api(post("/api/cases/" + caseId + "/identity-grant-requests/" + requestId + "/decline"), director))
			.andExpect(status().isNoContent());
		mvc.perform(api(post("/api/cases/" + caseId + "/reveal"), colleague)
			.content("{\"reason\": \"Checking the names\", \"password\": \"" + PASSWORD + "\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(api(get("/api/cases/" + caseId + "/identity-grants"), director))
			.andExpect(jsonPath("$[?(@.username == '" + colleague.username() + "')]").isEmpty());
	}

	@Test
	void everyGrantActiveEndedOrAskedForIsListedOnTheAccessPage() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser director = user(team, Role.REVIEWER);
		TestUser former = user(team);
		TestUser asking = user(team);
		UUID caseId = openCase(researcher, "Listed grants", "CN");
		mvc.perform(api(post("/api/cases/" + caseId + "/identity-grants"), director).content("{\"username\": \"" + former.username() + "\"}"))
			.andExpect(status().isNoContent());
		jdbc.update("update identity_grants set expires_at = now() - interval '1 day' where case_id = ? and user_id = "
				+ "(select id from users where username = ?)", caseId, former.username());
		mvc.perform(api(post("/api/cases/" + caseId + "/identity-grant-requests"), asking).content(REASON))
			.andExpect(status().isCreated());

		mvc.perform(api(get("/api/cases/" + caseId + "/identity-grants"), researcher))
			.andExpect(jsonPath("$[0].state").value("REQUESTED"))
			.andExpect(jsonPath("$[0].username").value(asking.username()))
			.andExpect(jsonPath("$[?(@.username == '" + researcher.username() + "')].state").value("ACTIVE"))
			.andExpect(jsonPath("$[?(@.username == '" + former.username() + "')].state").value("EXPIRED"));
		MockHttpSession session = signIn(director);
		mvc.perform(get("/cases/" + caseId + "/access").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Asked for")))
			.andExpect(content().string(containsString("Why: Checking the names for the appeal")))
			.andExpect(content().string(containsString("Ended")))
			.andExpect(content().string(containsString("Active")))
			.andExpect(content().string(containsString("/identity-grant-requests/")));

		// A grant to oneself from the page is refused where the form is, and nothing is granted.
		mvc.perform(post("/cases/" + caseId + "/identity-grants").session(session).with(csrf()).param("username", director.username()))
			.andExpect(redirectedUrl("/cases/" + caseId + "/access#identity-permission"));
		mvc.perform(get("/cases/" + caseId + "/access").session(session))
			.andExpect(content().string(containsString("Nobody grants the identity permission to themselves")));
	}

	@Test
	void whoHoldsThePermissionIsForTheOwningTeamOnly() throws Exception {
		TestUser researcher = user(newTeam());
		TestUser colleague = user(newTeam());
		UUID caseId = openCase(researcher, "Shared, but not the grants", "CN");
		mvc.perform(api(post("/api/cases/" + caseId + "/shares"), researcher).content("{\"username\": \"" + colleague.username() + "\"}"))
			.andExpect(status().isNoContent());

		mvc.perform(api(get("/api/cases/" + caseId + "/identity-grants"), colleague))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("PERMISSION_FOR_TEAM_ONLY"));
		mvc.perform(api(post("/api/cases/" + caseId + "/identity-grant-requests"), colleague).content(REASON))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cases/" + caseId + "/access").session(signIn(colleague)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"identity-permission\""))));
	}

}
