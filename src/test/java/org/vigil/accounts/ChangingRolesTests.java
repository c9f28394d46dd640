package org.vigil.accounts;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator changes a user's roles on the users page: the change is audited with the roles
 * before and after, takes effect at once (the user's sessions end; their API token carries the new
 * roles), and cannot lock the organisation out of its own administration.
 */
class ChangingRolesTests extends WebIntegrationTest {

	@Test
	void aRoleChangeIsAuditedAndTakesEffectAtOnce() throws Exception {
		String team = newTeam();
		TestUser admin = user(team, Role.ADMINISTRATOR);
		TestUser researcher = user(team);
		MockHttpSession researcherSession = signIn(researcher);
		mvc.perform(get("/cases").session(researcherSession)).andExpect(status().isOk());

		mvc.perform(post("/admin/users/" + researcher.username() + "/roles").session(signIn(admin)).with(csrf())
				.param("roles", "ADVOCACY"))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("rolesChanged", researcher.username()));

		Map<String, Object> entry = jdbc.queryForMap("""
				select actor, details ->> 'before' as before, details ->> 'after' as after from audit_entries
				where action = 'user.roles-changed' and record_id = (select id::text from users where username = ?)""",
				researcher.username());
		assertThat(entry).containsEntry("actor", admin.username()).containsEntry("before", "[RESEARCHER]")
			.containsEntry("after", "[ADVOCACY]");

		// The old session carried the researcher role: it is over. The token answers with the new roles.
		mvc.perform(get("/cases").session(researcherSession)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(api(post("/api/cases"), researcher).content(
				"{\"title\": \"t\", \"countryOfCustody\": \"CN\", \"summary\": \"s\", \"priority\": \"URGENT\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorCannotTakeTheirOwnAdministrationAwayNorLeaveSomeoneWithoutRoles() throws Exception {
		String team = newTeam();
		TestUser admin = user(team, Role.ADMINISTRATOR);
		TestUser researcher = user(team);
		MockHttpSession session = signIn(admin);
		mvc.perform(post("/admin/users/" + admin.username() + "/roles").session(session).with(csrf()).param("roles", "RESEARCHER"))
			.andExpect(redirectedUrl("/admin/users"));
		mvc.perform(get("/admin/users").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot take the administrator role from yourself")));
		mvc.perform(post("/admin/users/" + researcher.username() + "/roles").session(session).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		mvc.perform(get("/admin/users").session(session))
			.andExpect(content().string(containsString("Choose at least one role")));
		assertThat(jdbc.queryForList("select role from user_roles where user_id = (select id from users where username = ?)",
				String.class, admin.username())).containsExactly("ADMINISTRATOR");
		assertThat(jdbc.queryForList("select role from user_roles where user_id = (select id from users where username = ?)",
				String.class, researcher.username())).containsExactly("RESEARCHER");
		assertThat(jdbc.queryForObject("select count(*) from audit_entries where action = 'user.roles-changed' and actor = ?",
				Integer.class, admin.username())).isZero();
	}

	@Test
	void anUnknownRoleIsRefusedWithAClearMessage() throws Exception {
		String team = newTeam();
		TestUser admin = user(team, Role.ADMINISTRATOR);
		TestUser researcher = user(team);
		String page = mvc.perform(post("/admin/users/" + researcher.username() + "/roles").session(signIn(admin)).with(csrf())
				.param("roles", "DICTATOR").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("roles").doesNotContain("Exception").doesNotContain("at org.");
		assertThat(jdbc.queryForList("select role from user_roles where user_id = (select id from users where username = ?)",
				String.class, researcher.username())).containsExactly("RESEARCHER");
	}

}
