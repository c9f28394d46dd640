package org.vigil.accounts;

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
	private List<Command> commands;

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

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = admin().run(List.of("revoke-tokens", "--username", user.username()), new PrintStream(out), System.err);

		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Revoked 1 token(s)");
		mvc.perform(get("/api/cases").header("Authorization", "Bearer " + user.token())).andExpect(status().isUnauthorized());
	}

	@Test
	void theAdminCommandIssuesATokenAloneOnOneLine() throws Exception {
		TestUser user = user(newTeam());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(admin().run(List.of("issue-token", "--username", user.username()), new PrintStream(out), System.err)).isZero();
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(printed.lines()).hasSize(1);
		mvc.perform(get("/api/cases").header("Authorization", "Bearer " + printed.strip())).andExpect(status().isOk());
	}

	@Test
	void theAdminCommandSaysWhatIsWrongWithItsArguments() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = admin().run(List.of("issue-token", "--username", "nobody-" + newTeam()), System.out, new PrintStream(err));
		assertThat(exit).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no user named");
	}

	private Command admin() {
		return commands.stream().filter(c -> c.name().equals("admin")).findFirst().orElseThrow();
	}

	@Autowired
	private javax.sql.DataSource dataSource;

	private javax.sql.DataSource dataSource() {
		return dataSource;
	}

}
