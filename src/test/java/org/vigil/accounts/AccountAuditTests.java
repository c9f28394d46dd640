package org.vigil.accounts;

import org.vigil.support.OperatorShell;
import org.springframework.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vigil.platform.Command;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Account changes leave audit entries that say who did what from where, without secrets. */
class AccountAuditTests extends WebIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void creatingAUserOnThePageIsAuditedWithItsRoles() throws Exception {
		String team = newTeam();
		TestUser admin = user(team, Role.ADMINISTRATOR);
		String name = "new-" + System.nanoTime();
		mvc.perform(post("/admin/users").session(signIn(admin)).with(csrf()).param("username", name)
				.param("password", "a password nobody should see").param("team", team).param("roles", "REVIEWER"))
			.andExpect(redirectedUrl("/admin/users"));
		Map<String, Object> entry = jdbc.queryForMap(
				"select actor, outcome, address, details::text as details from audit_entries where action = 'user.created' "
						+ "and record_id = (select id::text from users where username = ?)", name);
		assertThat(entry).containsEntry("actor", admin.username()).containsEntry("outcome", "success")
			.containsEntry("address", "127.0.0.1");
		assertThat(entry.get("details").toString()).contains("REVIEWER").doesNotContain("nobody should see");
	}

	@Test
	void issuingAndRevokingTokensFromTheShellIsAudited() {
		TestUser user = user(newTeam());
		OperatorShell.Ran issued = OperatorShell.run(context, "admin", "issue-token", "--username", user.username());
		assertThat(issued.exit()).isZero();
		assertThat(OperatorShell.run(context, "admin", "revoke-tokens", "--username", user.username()).exit()).isZero();
		String token = issued.out().lines().findFirst().orElseThrow();
		List<Map<String, Object>> entries = jdbc.queryForList(
				"select action, actor, details::text as details from audit_entries where record_id = (select id::text from users where username = ?) "
						+ "and action like 'token.%' order by id", user.username());
		assertThat(entries).extracting(e -> e.get("action")).containsExactly("token.issued", "token.revoked");
		assertThat(entries).allSatisfy(e -> {
			assertThat(e.get("actor").toString()).startsWith("operator:");
			assertThat(e.get("details").toString()).doesNotContain(token);
		});
	}

}
