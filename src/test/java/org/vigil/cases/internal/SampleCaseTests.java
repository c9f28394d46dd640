package org.vigil.cases.internal;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A fresh Vigil started with {@code --demo}, as the README's first command runs it: nobody exists
 * yet, so the sample case waits; the first administrator becomes its opener, in their team, with
 * the identity permission, and can change its people after revealing them — landing back on the
 * form they were opening.
 */
@SpringBootTest(args = "--demo")
class SampleCaseTests extends WebIntegrationTest {

	@Test
	void theFirstAdministratorOpensTheSampleCaseAndCorrectsTheNumberOfPeopleAfterRevealingThem() throws Exception {
		UUID caseId = jdbc.queryForObject("select id from cases where title = ?", UUID.class, SampleCase.TITLE);
		assertThat(jdbc.queryForObject("select created_by from cases where id = ?", String.class, caseId)).isEqualTo("system");
		assertThat(jdbc.queryForObject("select risks from cases where id = ?", String.class, caseId)).as("the risks its facts support")
			.isEqualTo("TORTURE,DEATH_PENALTY,ARBITRARY_DETENTION,ENFORCED_DISAPPEARANCE,SEXUAL_VIOLENCE,FORCED_LABOUR");

		String team = "Europe-" + UUID.randomUUID().toString().substring(0, 6);
		TestUser director = user(team, Role.ADMINISTRATOR, Role.RESEARCHER, Role.REVIEWER);
		await().atMost(Duration.ofSeconds(20)).until(
				() -> director.username().equals(jdbc.queryForObject("select created_by from cases where id = ?", String.class, caseId)));
		assertThat(jdbc.queryForObject("select t.name from cases c join teams t on t.id = c.team_id where c.id = ?", String.class, caseId))
			.as("the case moved to the opener's team, where they can see it").isEqualTo(team);
		assertThat(jdbc.queryForObject("""
				select count(*) from identity_grants g join users u on u.id = g.user_id where g.case_id = ? and u.username = ?""",
				Integer.class, caseId, director.username())).isEqualTo(1);

		MockHttpSession session = signIn(director);
		UUID groupId = jdbc.queryForObject("select id from persons where case_id = ?", UUID.class, caseId);
		String form = "/cases/" + caseId + "/persons/" + groupId + "/edit";
		String reveal = mvc.perform(get(form).session(session)).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(reveal).isEqualTo("/cases/" + caseId + "/reveal?continue=" + form.replace("/", "%2F"));
		mvc.perform(get(java.net.URI.create(reveal)).session(session))
			.andExpect(content().string(containsString("name=\"continue\" value=\"" + form + "\"")));
		mvc.perform(post("/cases/" + caseId + "/reveal").session(session).with(csrf())
				.param("reason", "Correcting the number of people").param("continue", form))
			.andExpect(redirectedUrl(form));

		String version = jdbc.queryForObject("select version from persons where id = ?", Long.class, groupId).toString();
		mvc.perform(post("/cases/" + caseId + "/persons/" + groupId).session(session).with(csrf()).param("kind", "GROUP")
				.param("numberOfPersons", "6").param("role", "AT_RISK").param("publicLabel", "Refugee group A").param("version", version))
			.andExpect(redirectedUrl("/cases/" + caseId + "#people"));
		mvc.perform(get("/cases/" + caseId).session(session)).andExpect(content().string(containsString("Group of 6")));
	}

}
