package org.vigil.accounts;

import org.vigil.support.OperatorShell;
import org.springframework.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.platform.Command;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Revoke everything" for a user whose device was seized, from the users page and the shell. */
class RevokingAccessTests extends WebIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void revokingEverythingEndsSessionsKillsTokensAndRemovesFactors() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		TestUser victim = user(newTeam());
		MockHttpSession seizedLaptop = signIn(victim);
		givePasskey(victim.username());
		mvc.perform(get("/cases").session(seizedLaptop)).andExpect(status().isOk());
		mvc.perform(api(get("/api/cases"), victim)).andExpect(status().isOk());

		mvc.perform(post("/admin/users/{name}/revoke-all", victim.username()).session(signIn(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));

		mvc.perform(get("/cases").session(seizedLaptop)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/cases").session(seizedLaptop)).andExpect(status().isUnauthorized());
		mvc.perform(api(get("/api/cases"), victim)).andExpect(status().isUnauthorized());
		assertThat(factorsOf(victim)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from user_entities e join user_credentials c on c.user_entity_user_id = e.id "
				+ "where e.name = ?", Integer.class, victim.username())).as("passkeys").isZero();
		// The saved password no longer works either.
		mvc.perform(formLogin("/login").user(victim.username()).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
		assertThat(audited("user.revoked-all", admin.username())).isEqualTo(1);
	}

	@Test
	void afterAPasswordResetTheUserEnrolsAFreshFactor() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		TestUser victim = user(newTeam());
		signIn(victim);
		MockHttpSession adminSession = signIn(admin);
		mvc.perform(post("/admin/users/{name}/revoke-all", victim.username()).session(adminSession).with(csrf()));
		mvc.perform(post("/admin/users/{name}/password", victim.username()).session(adminSession).with(csrf())
				.param("password", PASSWORD))
			.andExpect(redirectedUrl("/admin/users"));
		MockHttpSession session = signInWithPasswordOnly(victim);
		mvc.perform(get("/second-factor").session(session)).andExpect(redirectedUrl("/second-factor/enrol"));
	}

	@Test
	void onlyAdministratorsRevoke() throws Exception {
		TestUser victim = user(newTeam());
		MockHttpSession session = signIn(victim);
		mvc.perform(post("/admin/users/{name}/revoke-all", victim.username()).session(signIn(user(newTeam()))).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cases").session(session)).andExpect(status().isOk());
	}

	@Test
	void revokingNeedsTheCsrfToken() throws Exception {
		TestUser victim = user(newTeam());
		MockHttpSession session = signIn(victim);
		mvc.perform(post("/admin/users/{name}/revoke-all", victim.username()).session(signIn(user(newTeam(), Role.ADMINISTRATOR))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cases").session(session)).andExpect(status().isOk());
	}

	@Test
	void theShellRevokesEverythingToo() throws Exception {
		TestUser victim = user(newTeam());
		MockHttpSession session = signIn(victim);
		OperatorShell.Ran revoked = OperatorShell.run(context, "admin", "revoke-all", "--username", victim.username());
		assertThat(revoked.exit()).as(revoked.all()).isZero();
		assertThat(revoked.out()).contains("Revoked every session, 1 token(s)");
		mvc.perform(get("/cases").session(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(api(get("/api/cases"), victim)).andExpect(status().isUnauthorized());
		assertThat(factorsOf(victim)).isZero();

		InputStream stdin = System.in;
		try {
			System.setIn(new ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
			assertThat(OperatorShell.run(context, "admin", "reset-password", "--username", victim.username(), "--password-stdin").exit())
				.isZero();
		}
		finally {
			System.setIn(stdin);
		}
		signInWithPasswordOnly(victim);
	}

	@Test
	void signingOutClearsSiteData() throws Exception {
		MockHttpSession session = signIn(user(newTeam()));
		mvc.perform(post("/logout").session(session).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\""));
	}

	@Test
	void signInsAreAuditedWithTheirAddressAndWithoutThePassword() throws Exception {
		TestUser user = user(newTeam());
		mvc.perform(post("/login").with(csrf()).param("username", user.username()).param("password", "wrong password typed")
				.with(request -> {
					request.setRemoteAddr("203.0.113.7");
					return request;
				}))
			.andExpect(redirectedUrl("/login?error"));
		signIn(user);
		assertThat(jdbc.queryForList("select action, outcome, address from audit_entries where actor = ? order by id",
				user.username()))
			.extracting(row -> row.get("action") + " " + row.get("outcome") + " " + row.get("address"))
			.contains("login.failed failed 203.0.113.7", "login.password-accepted success 127.0.0.1",
					"second-factor.enrolled success 127.0.0.1");
		assertThat(jdbc.queryForObject("select count(*) from audit_entries where details::text like '%wrong password%' "
				+ "or actor like '%wrong password%'", Integer.class)).isZero();
	}

	@Test
	void secondFactorOutcomesAndRecoveryCodesAreAudited() throws Exception {
		TestUser user = user(newTeam());
		signIn(user);
		MockHttpSession session = signInWithPasswordOnly(user);
		mvc.perform(post("/second-factor").session(session).with(csrf()).param("code", "000000"));
		mvc.perform(post("/second-factor").session(session).with(csrf()).param("code", authenticatorOf(user).nextRecoveryCode()));
		assertThat(audited("second-factor.failed", user.username())).isEqualTo(1);
		assertThat(audited("recovery-code.used", user.username())).isEqualTo(1);
		assertThat(audited("second-factor.verified", user.username())).isEqualTo(1);
	}

	private int factorsOf(TestUser user) {
		return jdbc.queryForObject("select (select count(*) from totp_factors f join users u on u.id = f.user_id where u.username = ?)"
				+ " + (select count(*) from recovery_codes c join users u on u.id = c.user_id where u.username = ?)", Integer.class,
				user.username(), user.username());
	}

	private int audited(String action, String actor) {
		return jdbc.queryForObject("select count(*) from audit_entries where action = ? and actor = ?", Integer.class, action, actor);
	}

}
