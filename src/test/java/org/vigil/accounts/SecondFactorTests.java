package org.vigil.accounts;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.support.Authenticator;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signing in takes a password and a second factor; the password alone opens nothing else. */
class SecondFactorTests extends WebIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPasswordOnlySessionReachesNoPageButTheSecondStep() throws Exception {
		TestUser user = user(newTeam(), Role.ADMINISTRATOR, Role.RESEARCHER);
		signIn(user); // enrolled
		MockHttpSession session = signInWithPasswordOnly(user);
		mvc.perform(get("/cases").session(session)).andExpect(redirectedUrl("/second-factor"));
		mvc.perform(get("/cases/new").session(session)).andExpect(redirectedUrl("/second-factor"));
		mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/second-factor"));
		mvc.perform(post("/admin/users").session(session).with(csrf()).param("username", "sneaky").param("password", PASSWORD)
				.param("team", "x").param("roles", "ADMINISTRATOR"))
			.andExpect(redirectedUrl("/second-factor"));
		mvc.perform(get("/api/cases").session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/second-factor").session(session)).andExpect(status().isOk());
	}

	@Test
	void aNewcomerIsSentToEnrolmentAndCanDoNothingElseUntilEnrolled() throws Exception {
		TestUser user = user(newTeam());
		MockHttpSession session = signInWithPasswordOnly(user);
		mvc.perform(get("/second-factor").session(session)).andExpect(redirectedUrl("/second-factor/enrol"));
		mvc.perform(get("/cases").session(session)).andExpect(redirectedUrl("/second-factor"));
		Authenticator app = enrol(session);
		assertThat(app.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
		mvc.perform(get("/cases").session(session)).andExpect(status().isOk());
	}

	@Test
	void enrolmentNeedsACurrentCodeBeforeItCounts() throws Exception {
		TestUser user = user(newTeam());
		MockHttpSession session = signInWithPasswordOnly(user);
		mvc.perform(get("/second-factor/enrol").session(session)).andExpect(status().isOk());
		mvc.perform(post("/second-factor/enrol").session(session).with(csrf()).param("code", "000000"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("failed", true));
		mvc.perform(get("/cases").session(session)).andExpect(redirectedUrl("/second-factor"));
		// Still not enrolled: the next sign-in goes to enrolment again.
		mvc.perform(get("/second-factor").session(signInWithPasswordOnly(user))).andExpect(redirectedUrl("/second-factor/enrol"));
	}

	@Test
	void theSessionIdChangesWhenTheSecondFactorIsAccepted() throws Exception {
		TestUser user = user(newTeam());
		signIn(user);
		MockHttpSession session = signInWithPasswordOnly(user);
		String before = session.getId();
		mvc.perform(post("/second-factor").session(session).with(csrf()).param("code", authenticatorOf(user).freshCode()
				.orElseGet(authenticatorOf(user)::nextRecoveryCode)))
			.andExpect(redirectedUrl("/cases"));
		assertThat(session.getId()).isNotEqualTo(before);
	}

	@Test
	void aWrongCodeIsRefused() throws Exception {
		TestUser user = user(newTeam());
		signIn(user);
		MockHttpSession session = signInWithPasswordOnly(user);
		mvc.perform(post("/second-factor").session(session).with(csrf()).param("code", "123456"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("failed", true));
		mvc.perform(get("/cases").session(session)).andExpect(redirectedUrl("/second-factor"));
	}

	@Test
	void aCodeIsNeverAcceptedTwice() throws Exception {
		TestUser user = user(newTeam());
		signIn(user);
		String code = authenticatorOf(user).freshCode().orElseThrow();
		MockHttpSession first = signInWithPasswordOnly(user);
		mvc.perform(post("/second-factor").session(first).with(csrf()).param("code", code)).andExpect(redirectedUrl("/cases"));
		MockHttpSession second = signInWithPasswordOnly(user);
		mvc.perform(post("/second-factor").session(second).with(csrf()).param("code", code))
			.andExpect(model().attribute("failed", true));
		mvc.perform(get("/cases").session(second)).andExpect(redirectedUrl("/second-factor"));
	}

	@Test
	void aCodeFromTwoStepsAgoIsRefused() throws Exception {
		TestUser user = user(newTeam());
		signIn(user);
		String old = authenticatorOf(user).codeAt(Instant.now().minusSeconds(65));
		MockHttpSession session = signInWithPasswordOnly(user);
		mvc.perform(post("/second-factor").session(session).with(csrf()).param("code", old))
			.andExpect(model().attribute("failed", true));
	}

	@Test
	void aRecoveryCodeWorksOnceAndOnlyOnce() throws Exception {
		TestUser user = user(newTeam());
		signIn(user);
		String recovery = authenticatorOf(user).nextRecoveryCode();
		MockHttpSession first = signInWithPasswordOnly(user);
		mvc.perform(post("/second-factor").session(first).with(csrf()).param("code", recovery.toLowerCase()))
			.andExpect(redirectedUrl("/cases"));
		mvc.perform(get("/cases").session(first)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("You have 9 recovery codes left")));
		MockHttpSession second = signInWithPasswordOnly(user);
		mvc.perform(post("/second-factor").session(second).with(csrf()).param("code", recovery))
			.andExpect(model().attribute("failed", true));
	}

	@Test
	void fiveWrongCodesLockTheAccountAndEndTheSession() throws Exception {
		TestUser user = user(newTeam());
		signIn(user);
		MockHttpSession session = signInWithPasswordOnly(user);
		for (int i = 0; i < 4; i++) {
			mvc.perform(post("/second-factor").session(session).with(csrf()).param("code", "00000" + i))
				.andExpect(status().isOk());
		}
		mvc.perform(post("/second-factor").session(session).with(csrf()).param("code", "999999"))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(session.isInvalid()).isTrue();
		mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
				.user(user.username()).password(PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(jdbc.queryForList("select action from audit_entries where actor = ? and outcome <> 'success' order by id",
				String.class, user.username()))
			.containsSubsequence("second-factor.failed", "account.locked", "login.refused-locked");
	}

	@Test
	void aStolenPasswordCannotReplaceAnEnrolledAuthenticator() throws Exception {
		TestUser user = user(newTeam());
		signIn(user);
		MockHttpSession attacker = signInWithPasswordOnly(user);
		mvc.perform(get("/second-factor/enrol").session(attacker)).andExpect(redirectedUrl("/second-factor"));
		mvc.perform(post("/second-factor/enrol").session(attacker).with(csrf()).param("code", "123456"))
			.andExpect(redirectedUrl("/second-factor"));
		mvc.perform(get("/cases").session(attacker)).andExpect(redirectedUrl("/second-factor"));
	}

	@Test
	void enrolmentActsOnlyOnTheSessionsOwnUser() throws Exception {
		TestUser alice = user(newTeam());
		TestUser bob = user(newTeam());
		MockHttpSession session = signInWithPasswordOnly(alice);
		// Naming someone else changes nothing: the endpoints take no user, only the session's.
		String page = mvc.perform(get("/second-factor/enrol").session(session).param("username", bob.username())
				.param("userId", "x"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("otpauth://totp/Vigil:" + alice.username()).doesNotContain(bob.username());
		enrol(session);
		assertThat(jdbc.queryForObject("select count(*) from totp_factors f join users u on u.id = f.user_id where u.username = ?",
				Integer.class, bob.username())).isZero();
		mvc.perform(get("/second-factor").session(signInWithPasswordOnly(bob))).andExpect(redirectedUrl("/second-factor/enrol"));
	}

	@Test
	void theSecretIsStoredEncrypted() throws Exception {
		TestUser user = user(newTeam());
		MockHttpSession session = signInWithPasswordOnly(user);
		String page = mvc.perform(get("/second-factor/enrol").session(session)).andReturn().getResponse().getContentAsString();
		String key = page.replaceAll("(?s).*id=\"totp-key\"[^>]*>([A-Z2-7]+)<.*", "$1");
		byte[] stored = jdbc.queryForObject(
				"select secret_encrypted from totp_factors f join users u on u.id = f.user_id where u.username = ?", byte[].class,
				user.username());
		assertThat(stored).isNotEmpty();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(key);
		assertThat(containsBytes(stored, decode(key))).isFalse();
	}

	@Test
	void theApiStillTakesOperatorIssuedTokens() throws Exception {
		TestUser user = user(newTeam());
		mvc.perform(api(get("/api/cases"), user)).andExpect(status().isOk());
	}

	private static byte[] decode(String base32) {
		return Authenticator.decodeBase32(base32);
	}

	private static boolean containsBytes(byte[] haystack, byte[] needle) {
		outer:
		for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
