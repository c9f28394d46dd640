package org.vigil.cases.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A bulk export of protected data needs a second person, and is encrypted to the one who asked. */
class BulkExportTests extends WebIntegrationTest {

	@Autowired
	private DataSource dataSource;

	@Test
	void askApproveByAnotherReviewerThenDownloadOnceEncryptedToTheRequester() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team, Role.RESEARCHER, Role.REVIEWER);
		TestUser director = user(team, Role.REVIEWER);
		TestUser colleague = user(team);
		TestUser outsider = user(newTeam(), Role.REVIEWER);
		UUID caseId = openCase(researcher, "Exported case", "CN");
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher)
			.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Refugee X\", \"name\": \"Yun Seo-yeon\"}"))
			.andExpect(status().isCreated());
		String teamId = read(mvc.perform(api(get("/api/cases/" + caseId), researcher)).andReturn()).get("team").get("id").asString();

		String exportId = read(mvc.perform(api(post("/api/exports"), researcher)
			.content("{\"teamId\": \"" + teamId + "\", \"reason\": \"Handover to the new Asia director\"}"))
			.andExpect(status().isCreated()).andReturn()).get("id").asString();
		String download = "/api/exports/" + exportId + "/download";
		String passphrase = "{\"passphrase\": \"long export passphrase\"}";

		mvc.perform(api(post("/api/exports/" + exportId + "/approve"), researcher)).andExpect(status().isForbidden());
		mvc.perform(api(post(download), researcher).content(passphrase)).andExpect(status().isConflict());
		mvc.perform(api(post("/api/exports/" + exportId + "/approve"), colleague)).andExpect(status().isForbidden());
		mvc.perform(api(post("/api/exports/" + exportId + "/approve"), outsider)).andExpect(status().isNotFound());

		mvc.perform(api(post("/api/exports/" + exportId + "/approve"), director)).andExpect(status().isNoContent());
		mvc.perform(api(post(download), director).content(passphrase)).andExpect(status().isForbidden());
		mvc.perform(api(post(download), researcher).content("{\"passphrase\": \"short\"}")).andExpect(status().isBadRequest());
		// The export carries identities (the researcher opened the case): it takes a passkey, as a reveal does.
		mvc.perform(api(post(download), researcher).content(passphrase))
			.andExpect(status().isForbidden())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
				.value(org.hamcrest.Matchers.containsString("passkey")));
		givePasskey(researcher.username());
		// ... and the password again, as a reveal through the API does.
		mvc.perform(api(post(download), researcher).content(passphrase))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field").value("password"));
		String withPassword = "{\"passphrase\": \"long export passphrase\", \"password\": \"" + PASSWORD + "\"}";

		byte[] file = mvc.perform(api(post(download), researcher).content(withPassword))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain("Yun Seo-yeon");
		String content = new String(PassphraseEncryption.decrypt(file, "long export passphrase".toCharArray()), StandardCharsets.UTF_8);
		assertThat(content).contains("Yun Seo-yeon").contains("Refugee X").contains("Exported case");
		assertThatThrownBy(() -> PassphraseEncryption.decrypt(file, "another passphrase!".toCharArray()))
			.isInstanceOf(IllegalArgumentException.class);
		mvc.perform(api(post(download), researcher).content(withPassword)).andExpect(status().isConflict());

		assertThat(new JdbcTemplate(dataSource).queryForList(
				"select action || ':' || outcome from audit_entries where record_type = 'export' and record_id = ? order by id",
				String.class, exportId))
			.containsExactly("export.requested:success", "export.approved:denied", "export.approved:success",
					"export.downloaded:denied", "export.downloaded:success");
	}

}
