package org.vigil.accounts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.support.Authenticator;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Passkeys: administrators need one for their pages; registration acts only for the session's
 * own user, and only once both sign-in steps are done. (The ceremonies themselves run in a real
 * browser in PasskeyBrowserIT.)
 */
class PasskeyTests extends WebIntegrationTest {

	@Test
	void anAdministratorWithoutPasskeyIsSentToRegisterOneAndReachesNoAdministrationPage() throws Exception {
		TestUser admin = administratorWithoutPasskey(newTeam());
		MockHttpSession session = signIn(admin); // password, then enrolling the authenticator app
		mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/passkeys?required"));
		mvc.perform(get("/admin/audit").session(session)).andExpect(redirectedUrl("/passkeys?required"));
		mvc.perform(post("/admin/users").session(session).with(csrf()).param("username", "sneaky").param("password", PASSWORD)
				.param("team", "x").param("roles", "ADMINISTRATOR"))
			.andExpect(redirectedUrl("/passkeys?required"));
		assertThat(jdbc.queryForObject("select count(*) from users where username = 'sneaky'", Integer.class)).isZero();
		mvc.perform(get("/passkeys?required").session(session))
			.andExpect(status().isOk())
			.andExpect(model().attribute("required", true))
			.andExpect(content().string(containsString("You need a passkey")));
		mvc.perform(get("/cases").session(session)).andExpect(status().isOk());

		// The next sign-in goes from the code straight to the passkey page.
		MockHttpSession next = signInWithPasswordOnly(admin);
		Authenticator app = authenticatorOf(admin);
		mvc.perform(post("/second-factor").session(next).with(csrf()).param("code", app.freshCode().orElseGet(app::nextRecoveryCode)))
			.andExpect(redirectedUrl("/passkeys?required"));

		// Registering a passkey is not enough: the session must be confirmed with it.
		givePasskey(admin.username());
		mvc.perform(get("/admin/users").session(next)).andExpect(redirectedUrl("/second-factor/passkey?next=%2Fadmin%2Fusers"));
		mvc.perform(get("/second-factor/passkey").param("next", "/admin/users").session(next))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"use-passkey\"")))
			.andExpect(content().string(containsString("data-next=\"/admin/users\"")));
		assertThat(passkeyStep(next, admin)).isEqualTo(200);
		mvc.perform(get("/admin/users").session(next)).andExpect(status().isOk());
	}

	@Test
	void anAdministratorWithAPasskeyCannotSignInWithACode() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		signIn(admin); // enrols the app, then confirms with the passkey
		MockHttpSession session = signInWithPasswordOnly(admin);
		mvc.perform(get("/second-factor").session(session))
			.andExpect(model().attribute("passkeyOnly", true))
			.andExpect(content().string(not(containsString("id=\"code\""))))
			.andExpect(content().string(containsString("id=\"use-passkey\"")));

		String rightCode = authenticatorOf(admin).freshCode().orElseThrow();
		mvc.perform(post("/second-factor").session(session).with(csrf()).param("code", rightCode))
			.andExpect(status().isOk())
			.andExpect(model().attribute("codeRefused", true))
			.andExpect(content().string(containsString("signs in with its passkey")));
		mvc.perform(get("/cases").session(session)).andExpect(redirectedUrl("/second-factor"));
		assertThat(jdbc.queryForObject("select count(*) from audit_entries where actor = ? and action = 'second-factor.failed' "
				+ "and details ->> 'reason' = 'passkey required'", Integer.class, admin.username())).isEqualTo(1);

		assertThat(passkeyStep(session, admin)).isEqualTo(200);
		mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
	}

	@Test
	void whoeverCanReadIdentitiesSignsInWithTheirPasskeyToo() throws Exception {
		TestUser opener = user(newTeam());
		signIn(opener);
		openCase(opener, "Five refugees held near Yanji", "CN"); // the opener holds the identity permission
		givePasskey(opener.username());
		MockHttpSession session = signInWithCode(opener);
		mvc.perform(get("/cases").session(session)).andExpect(redirectedUrl("/second-factor"));

		TestUser noIdentities = user(newTeam());
		signIn(noIdentities);
		givePasskey(noIdentities.username());
		MockHttpSession other = signInWithCode(noIdentities);
		mvc.perform(get("/cases").session(other)).andExpect(status().isOk());
	}

	@Test
	void aRecoveryCodeLetsInButAdministrationAsksForThePasskey() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		signIn(admin);
		MockHttpSession session = signInWithPasswordOnly(admin);
		mvc.perform(post("/second-factor").session(session).with(csrf()).param("code", authenticatorOf(admin).nextRecoveryCode()))
			.andExpect(redirectedUrl("/cases"));
		mvc.perform(get("/cases").session(session)).andExpect(status().isOk());
		mvc.perform(get("/admin/audit").session(session)).andExpect(redirectedUrl("/second-factor/passkey?next=%2Fadmin%2Faudit"));
		assertThat(passkeyStep(session, admin)).isEqualTo(200);
		mvc.perform(get("/admin/audit").session(session)).andExpect(status().isOk());
	}

	@Test
	void theConfirmationPageSendsOnlyToPagesOfVigil() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		MockHttpSession session = signIn(admin);
		for (String elsewhere : new String[] { "https://evil.example/", "//evil.example/", "/\\evil.example" }) {
			mvc.perform(get("/second-factor/passkey").param("next", elsewhere).session(session))
				.andExpect(status().isOk())
				.andExpect(model().attribute("next", "/cases"));
		}
	}

	@Test
	void aUserRemovesTheirOwnPasskeyWithTheirPassword() throws Exception {
		TestUser user = user(newTeam());
		signIn(user);
		String lost = givePasskey(user.username());
		String kept = givePasskey(user.username());
		MockHttpSession session = signIn(user);
		mvc.perform(get("/passkeys").session(session)).andExpect(content().string(containsString("value=\"" + lost + "\"")));

		mvc.perform(post("/passkeys/remove").session(session).with(csrf()).param("credential", lost).param("password", "not the password"))
			.andExpect(redirectedUrl("/passkeys"))
			.andExpect(flash().attribute("problem", "passkey.removeRefused"));
		assertThat(passkeysOf(user)).containsExactlyInAnyOrder(lost, kept);

		mvc.perform(post("/passkeys/remove").session(session).with(csrf()).param("credential", lost).param("password", PASSWORD))
			.andExpect(redirectedUrl("/passkeys"))
			.andExpect(flash().attribute("removed", true));
		assertThat(passkeysOf(user)).containsExactly(kept);
		assertThat(jdbc.queryForList("select outcome from audit_entries where actor = ? and action = 'passkey.removed' order by id",
				String.class, user.username())).containsExactly("failed", "success");
	}

	private List<String> passkeysOf(TestUser user) {
		return jdbc.queryForList("select c.credential_id from user_credentials c join user_entities e on e.id = c.user_entity_user_id "
				+ "where e.name = ?", String.class, user.username());
	}

	@Test
	void otherRolesNeedNoPasskey() throws Exception {
		TestUser researcher = user(newTeam());
		MockHttpSession session = signIn(researcher);
		mvc.perform(get("/cases").session(session)).andExpect(status().isOk());
		mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void registrationOptionsAreForTheSessionsOwnUser() throws Exception {
		TestUser user = user(newTeam());
		MockHttpSession session = signIn(user);
		mvc.perform(post("/webauthn/register/options").session(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.user.name").value(user.username()))
			.andExpect(jsonPath("$.rp.id").value("localhost"))
			.andExpect(jsonPath("$.rp.name").value("Vigil"));
		// Asked again, the same WebAuthn user (handle) as before: one user entity per Vigil user.
		String first = jdbc.queryForObject("select id from user_entities where name = ?", String.class, user.username());
		mvc.perform(post("/webauthn/register/options").session(session).with(csrf()))
			.andExpect(jsonPath("$.user.id").value(first));
	}

	@Test
	void thePasswordAloneCannotRegisterAPasskey() throws Exception {
		TestUser user = user(newTeam());
		signIn(user); // enrolled
		MockHttpSession session = signInWithPasswordOnly(user);
		mvc.perform(post("/webauthn/register/options").session(session).with(csrf())).andExpect(redirectedUrl("/second-factor"));
		mvc.perform(post("/webauthn/register").session(session).with(csrf()).contentType("application/json").content("{}"))
			.andExpect(redirectedUrl("/second-factor"));
		mvc.perform(get("/passkeys").session(session)).andExpect(redirectedUrl("/second-factor"));
		assertThat(jdbc.queryForObject("select count(*) from user_entities where name = ?", Integer.class, user.username()))
			.isZero();
	}

	@Test
	void withoutASessionThereIsNoPasskeyEndpoint() throws Exception {
		mvc.perform(post("/webauthn/register/options").with(csrf())).andExpect(status().is4xxClientError());
		mvc.perform(post("/login/webauthn").with(csrf()).contentType("application/json").content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aPasskeyIsRemovedOnlyThroughThePasswordConfirmedPage() throws Exception {
		TestUser user = user(newTeam());
		signIn(user);
		String credentialId = givePasskey(user.username());
		MockHttpSession session = signIn(user);
		mvc.perform(delete("/webauthn/register/" + credentialId).session(session).with(csrf()));
		assertThat(passkeysOf(user)).as("Spring's own removal endpoint asks no password and leaves no audit entry").containsExactly(credentialId);
	}

	@Test
	void noOneCanRemoveAnotherUsersPasskey() throws Exception {
		TestUser owner = user(newTeam());
		String credentialId = givePasskey(owner.username());
		TestUser other = user(newTeam());
		MockHttpSession session = signIn(other);
		mvc.perform(delete("/webauthn/register/" + credentialId).session(session).with(csrf()))
			.andExpect(status().is4xxClientError());
		mvc.perform(post("/passkeys/remove").session(session).with(csrf()).param("credential", credentialId).param("password", PASSWORD))
			.andExpect(flash().attribute("problem", "passkey.notYours"));
		assertThat(jdbc.queryForObject("select count(*) from user_credentials where credential_id = ?", Integer.class,
				credentialId)).isEqualTo(1);
	}

	@Test
	void theSecondStepOffersThePasskeyOnlyToThoseWhoHaveOne() throws Exception {
		TestUser without = user(newTeam());
		signIn(without);
		mvc.perform(get("/second-factor").session(signInWithPasswordOnly(without)))
			.andExpect(model().attribute("passkey", false))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("use-passkey"))));
		TestUser with = user(newTeam());
		signIn(with);
		givePasskey(with.username());
		mvc.perform(get("/second-factor").session(signInWithPasswordOnly(with)))
			.andExpect(model().attribute("passkey", true))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"use-passkey\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/js/passkeys.js")));
	}

}
