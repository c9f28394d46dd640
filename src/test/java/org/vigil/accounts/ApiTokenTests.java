package org.vigil.accounts;

import org.vigil.support.OperatorShell;
import org.springframework.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.platform.Command;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApiTokenTests extends WebIntegrationTest {

	@Autowired
	private ApplicationContext context;

	@Test
	void aTokenIsStoredOnlyAsItsDigest() throws Exception {
		TestUser user = user(newTeam());
		assertThat(user.token()).startsWith("vgl_").hasSizeGreaterThan(40);
		var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource());
		assertThat(jdbc.queryForList("select token_hash from api_tokens", String.class)).doesNotContain(user.token())
			.allSatisfy(hash -> assertThat(hash).hasSize(64));
	}

	@Test
	void revokedTokensAreRefusedAtOnce() throws Exception {
		TestUser user = user(newTeam());
		mvc.perform(get("/api/cases").header("Authorization", "Bearer " + user.token())).andExpect(status().isOk());

		OperatorShell.Ran revoked = OperatorShell.run(context, "admin", "revoke-tokens", "--username", user.username());

		assertThat(revoked.exit()).isZero();
		assertThat(revoked.out()).contains("Revoked 1 token(s)");
		mvc.perform(get("/api/cases").header("Authorization", "Bearer " + user.token())).andExpect(status().isUnauthorized());
	}

	@Test
	void theAdminCommandIssuesATokenAloneOnOneLine() throws Exception {
		TestUser user = user(newTeam());
		OperatorShell.Ran issued = OperatorShell.run(context, "admin", "issue-token", "--username", user.username());
		assertThat(issued.exit()).isZero();
		String printed = issued.out();
		assertThat(printed.lines()).hasSize(1);
		mvc.perform(get("/api/cases").header("Authorization", "Bearer " + printed.strip())).andExpect(status().isOk());
	}

	@Test
	void theAdminCommandSaysWhatIsWrongWithItsArguments() {
		OperatorShell.Ran refused = OperatorShell.run(context, "admin", "issue-token", "--username", "nobody-" + newTeam());
		assertThat(refused.exit()).isEqualTo(1);
		assertThat(refused.err()).contains("There is no user named");
	}

	@Autowired
	private javax.sql.DataSource dataSource;

	private javax.sql.DataSource dataSource() {
		return dataSource;
	}

}
