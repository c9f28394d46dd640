package org.vigil.protection;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Identities are shown only after a reveal, with a reason, by a holder of the identity permission. */
class IdentityRevealTests extends WebIntegrationTest {

	@Autowired
	private DataSource dataSource;

	@Test
	void identitiesAreHiddenUntilRevealedWithAReasonAndThePassword() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = caseWithNamedPerson(researcher, "Pak Young-hee");
		mvc.perform(api(get("/api/cases/" + caseId + "/persons"), researcher))
			.andExpect(jsonPath("$[0].identity").doesNotExist())
			.andExpect(jsonPath("$[0].publicLabel").value("Refugee P"));

		mvc.perform(api(post("/api/cases/" + caseId + "/reveal"), researcher)
			.content("{\"reason\": \"Drafting the appeal\", \"password\": \"wrong password\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		mvc.perform(api(post("/api/cases/" + caseId + "/reveal"), researcher)
			.content("{\"reason\": \"why\", \"password\": \"" + PASSWORD + "\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(api(get("/api/cases/" + caseId + "/persons"), researcher)).andExpect(jsonPath("$[0].identity").doesNotExist());

		reveal(researcher, caseId);
		mvc.perform(api(get("/api/cases/" + caseId + "/persons"), researcher))
			.andExpect(jsonPath("$[0].identity.name").value("Pak Young-hee"));

		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_entries where action = 'identity.revealed' and record_id = ? and actor = ?
				and details ->> 'reason' = 'Preparing the urgent appeal'""", Long.class, caseId.toString(), researcher.username()))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entries where action = 'identity.read' and record_id = ?",
				Long.class, caseId.toString())).isPositive();

		// A reveal lasts a while, then the names are hidden again.
		jdbc.update("update identity_reveals set until = now() - interval '1 second' where case_id = ?", caseId);
		mvc.perform(api(get("/api/cases/" + caseId + "/persons"), researcher)).andExpect(jsonPath("$[0].identity").doesNotExist());
	}

	@Test
	void aTeamMemberWithoutThePermissionCannotRevealUntilAReviewerGrantsIt() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser colleague = user(team);
		TestUser director = user(team, Role.REVIEWER);
		UUID caseId = caseWithNamedPerson(researcher, "Ri Chol");

		mvc.perform(api(post("/api/cases/" + caseId + "/reveal"), colleague)
			.content("{\"reason\": \"Curious about it\", \"password\": \"" + PASSWORD + "\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(api(post("/api/cases/" + caseId + "/identity-grants"), colleague)
			.content("{\"username\": \"" + colleague.username() + "\"}"))
			.andExpect(status().isForbidden());

		mvc.perform(api(post("/api/cases/" + caseId + "/identity-grants"), director)
			.content("{\"username\": \"" + colleague.username() + "\"}"))
			.andExpect(status().isNoContent());
		reveal(colleague, caseId);
		mvc.perform(api(get("/api/cases/" + caseId + "/persons"), colleague))
			.andExpect(jsonPath("$[0].identity.name").value("Ri Chol"));
	}

	@Test
	void changingAPersonNeedsTheIdentitiesRevealed() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = caseWithNamedPerson(researcher, "Kim Hye-jin");
		String personId = read(mvc.perform(api(get("/api/cases/" + caseId + "/persons"), researcher)).andReturn()).get(0).get("id").asString();
		String edit = "{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Refugee P2\", \"version\": 0}";
		mvc.perform(api(put("/api/cases/" + caseId + "/persons/" + personId), researcher).content(edit)).andExpect(status().isForbidden());
		reveal(researcher, caseId);
		mvc.perform(api(put("/api/cases/" + caseId + "/persons/" + personId), researcher).content(edit)).andExpect(status().isOk());
	}

	@Test
	void onTheCasePageNamesAreHiddenUntilRevealedAndReviewersSeeWhoLookedOnItsAccessPage() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser director = user(team, Role.REVIEWER);
		UUID caseId = caseWithNamedPerson(researcher, "Choe Min-ho");
		MockHttpSession session = signIn(researcher);
		mvc.perform(get("/cases/" + caseId).session(session))
			.andExpect(content().string(containsString("Hidden")))
			.andExpect(content().string(not(containsString("Choe Min-ho"))))
			.andExpect(content().string(not(containsString("Who viewed and changed this case"))));
		givePasskey(researcher.username());
		// A passkey registered, but this session was completed with a code: confirm with the passkey first.
		mvc.perform(get("/cases/" + caseId + "/reveal").session(session))
			.andExpect(content().string(containsString("id=\"confirm-with-passkey\"")))
			.andExpect(content().string(not(containsString("name=\"reason\""))));
		mvc.perform(post("/cases/" + caseId + "/reveal").session(session).with(csrf()).param("reason", "Checking the spelling for the letter"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cases/" + caseId).session(session)).andExpect(content().string(not(containsString("Choe Min-ho"))));
		assertThat(passkeyStep(session, researcher)).isEqualTo(200);
		// Confirmed with the passkey a moment ago: the reason is enough, no password asked again.
		mvc.perform(post("/cases/" + caseId + "/reveal").session(session).with(csrf()).param("reason", "Checking the spelling for the letter"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/cases/" + caseId).session(session)).andExpect(content().string(containsString("Choe Min-ho")));

		// Who looked is on the case's access page, for reviewers of the team.
		mvc.perform(get("/cases/" + caseId + "/access").session(signIn(director)))
			.andExpect(content().string(containsString("Who viewed and changed this case")))
			.andExpect(content().string(containsString("revealed the identities")))
			.andExpect(content().string(containsString(researcher.username())));
	}

	@Test
	void revealingIdentitiesTakesAPasskey() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = caseWithNamedPerson(researcher, "Seo Ha-eun");
		mvc.perform(api(post("/api/cases/" + caseId + "/reveal"), researcher)
			.content("{\"reason\": \"Drafting the appeal\", \"password\": \"" + PASSWORD + "\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("passkey")));
		mvc.perform(get("/cases/" + caseId + "/reveal").session(signIn(researcher)))
			.andExpect(content().string(containsString("Whoever reveals identities needs a passkey")));
		givePasskey(researcher.username());
		reveal(researcher, caseId);
		mvc.perform(api(get("/api/cases/" + caseId + "/persons"), researcher)).andExpect(jsonPath("$[0].identity.name").value("Seo Ha-eun"));
	}

	private UUID caseWithNamedPerson(TestUser researcher, String name) throws Exception {
		UUID caseId = openCase(researcher, "Case of " + name.length(), "CN");
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher)
			.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Refugee P\", \"name\": \"" + name + "\"}"))
			.andExpect(status().isCreated());
		return caseId;
	}

}
