package org.vigil.cases;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vigil.support.WebIntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CaseSharingTests extends WebIntegrationTest {

	@Autowired
	private DataSource dataSource;

	@Test
	void aSharedCaseIsVisibleToTheColleagueUntilTheShareExpires() throws Exception {
		TestUser owner = user(newTeam());
		TestUser colleague = user(newTeam());
		UUID caseId = openCase(owner, "Shared case", "CN");
		mvc.perform(api(get("/api/cases/" + caseId), colleague)).andExpect(status().isNotFound());

		mvc.perform(api(post("/api/cases/" + caseId + "/shares"), owner).content("""
				{"username": "%s", "expiresAt": "%s"}""".formatted(colleague.username(), Instant.now().plus(7, ChronoUnit.DAYS))))
			.andExpect(status().isNoContent());
		mvc.perform(api(get("/api/cases/" + caseId), colleague)).andExpect(status().isOk());
		mvc.perform(api(get("/api/cases?size=200"), colleague))
			.andExpect(jsonPath("$.items[?(@.title == 'Shared case')]").isNotEmpty());

		new JdbcTemplate(dataSource).update("update case_shares set expires_at = now() - interval '1 minute' where case_id = ?", caseId);
		mvc.perform(api(get("/api/cases/" + caseId), colleague)).andExpect(status().isNotFound());
	}

	@Test
	void aShareDoesNotPassOnFurther() throws Exception {
		TestUser owner = user(newTeam());
		TestUser colleague = user(newTeam());
		TestUser third = user(newTeam());
		UUID caseId = openCase(owner, "Shared case", "CN");
		mvc.perform(api(post("/api/cases/" + caseId + "/shares"), owner).content("{\"username\": \"" + colleague.username() + "\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(api(post("/api/cases/" + caseId + "/shares"), colleague).content("{\"username\": \"" + third.username() + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
		mvc.perform(api(get("/api/cases/" + caseId), third)).andExpect(status().isNotFound());
	}

	@Test
	void sharingWithAnUnknownUserOrAPastDateIsRefused() throws Exception {
		TestUser owner = user(newTeam());
		TestUser colleague = user(newTeam());
		UUID caseId = openCase(owner, "Shared case", "CN");
		mvc.perform(api(post("/api/cases/" + caseId + "/shares"), owner).content("{\"username\": \"nobody-at-all\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(api(post("/api/cases/" + caseId + "/shares"), owner).content("""
				{"username": "%s", "expiresAt": "2020-01-01T00:00:00Z"}""".formatted(colleague.username())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("expiresAt"));
	}

}
