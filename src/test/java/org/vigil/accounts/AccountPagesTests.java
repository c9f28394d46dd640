package org.vigil.accounts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Users page as an administrator meets it: each user's teams are shown, a new user's team is
 * chosen from the teams that exist (a new team is added on purpose, not by a typing slip), and
 * the passkeys table is headed by short labels.
 */
class AccountPagesTests extends WebIntegrationTest {

	@Test
	void theUsersPageShowsEachUsersTeams() throws Exception {
		String team = newTeam();
		TestUser member = user(team);
		String page = page("/admin/users", signIn(user(newTeam(), Role.ADMINISTRATOR)));
		String row = page.substring(page.indexOf(">" + member.username() + "</td>"));
		assertThat(row.substring(0, row.indexOf("</tr>"))).contains("<span class=\"tag\">" + team + "</span>");
	}

	@Test
	void aNewUsersTeamIsChosenFromTheTeamsThatExist() throws Exception {
		String team = newTeam();
		MockHttpSession admin = signIn(user(team, Role.ADMINISTRATOR));
		String page = page("/admin/users", admin);
		assertThat(page).contains("<select id=\"team\" name=\"team\"").contains("<option value=\"" + team + "\">" + team + "</option>")
			.doesNotContain("<input id=\"team\"");

		String name = "chosen-" + System.nanoTime();
		mvc.perform(newUser(admin, name, team)).andExpect(redirectedUrl("/admin/users"));
		assertThat(teamsOf(name)).containsExactly(team);
	}

	@Test
	void aTeamThatDoesNotExistIsRefusedAndNothingIsCreated() throws Exception {
		MockHttpSession admin = signIn(user(newTeam(), Role.ADMINISTRATOR));
		String name = "typo-" + System.nanoTime();
		String typo = "Aisa-" + System.nanoTime();
		String answer = mvc.perform(newUser(admin, name, typo))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(answer).contains("There is no team named " + typo);
		assertThat(jdbc.queryForObject("select count(*) from users where username = ?", Integer.class, name)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from teams where name = ?", Integer.class, typo)).isZero();
	}

	@Test
	void anAdministratorAddsATeamOnceAndItIsAudited() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		MockHttpSession session = signIn(admin);
		String team = newTeam();
		mvc.perform(post("/admin/teams").session(session).with(csrf()).param("name", " " + team + " "))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("teamCreated", team));
		mvc.perform(post("/admin/teams").session(session).with(csrf()).param("name", team.toUpperCase()))
			.andExpect(flash().attribute("teamExists", team.toUpperCase()));

		assertThat(jdbc.queryForObject("select count(*) from teams where lower(name) = lower(?)", Integer.class, team)).isEqualTo(1);
		assertThat(jdbc.queryForList("select actor from audit_entries where action = 'team.created' and details::text like ?",
				String.class, "%" + team + "%")).containsExactly(admin.username());
		assertThat(page("/admin/users", session)).contains("<option value=\"" + team + "\">");
	}

	@Test
	void aTeamNameMustBeOneToAHundredCharacters() throws Exception {
		MockHttpSession session = signIn(user(newTeam(), Role.ADMINISTRATOR));
		for (String name : List.of("", "   ", "x".repeat(101), "tab\u0007bell")) {
			mvc.perform(post("/admin/teams").session(session).with(csrf()).param("name", name)).andExpect(status().isBadRequest());
		}
	}

	@Test
	void thePasskeysTableIsHeadedByShortLabels() throws Exception {
		TestUser user = user(newTeam());
		givePasskey(user.username());
		String page = page("/passkeys", signIn(user));
		assertThat(page).contains("<th>Name</th><th>Added</th><th>Last used</th>").doesNotContain("<th>Name of the passkey");
	}

	private org.springframework.test.web.servlet.RequestBuilder newUser(MockHttpSession admin, String name, String team) {
		return post("/admin/users").session(admin).with(csrf()).param("username", name).param("password", PASSWORD)
			.param("team", team).param("roles", "RESEARCHER");
	}

	private List<String> teamsOf(String username) {
		return jdbc.queryForList("select t.name from teams t join team_members m on m.team_id = t.id join users u on u.id = m.user_id "
				+ "where u.username = ?", String.class, username);
	}

	private String page(String path, MockHttpSession session) throws Exception {
		return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
