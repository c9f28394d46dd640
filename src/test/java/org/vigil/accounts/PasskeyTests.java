package org.vigil.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.support.Authenticator;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
		mvc.perform(get("/passkeys?required").session(session))
			.andExpect(status().isOk())
			.andExpect(model().attribute("required", true))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Administrators need a passkey")));
		mvc.perform(get("/cases").session(session)).andExpect(status().isOk());

		// The next sign-in goes from the code straight to the passkey page.
		MockHttpSession next = signInWithPasswordOnly(admin);
		Authenticator app = authenticatorOf(admin);
		mvc.perform(post("/second-factor").session(next).with(csrf()).param("code", app.freshCode().orElseGet(app::nextRecoveryCode)))
			.andExpect(redirectedUrl("/passkeys?required"));

		givePasskey(admin.username());
		mvc.perform(get("/admin/users").session(next)).andExpect(status().isOk());
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
	void noOneCanRemoveAnotherUsersPasskey() throws Exception {
		TestUser owner = user(newTeam());
		String credentialId = givePasskey(owner.username());
		TestUser other = user(newTeam());
		MockHttpSession session = signIn(other);
		mvc.perform(delete("/webauthn/register/" + credentialId).session(session).with(csrf()))
			.andExpect(status().is4xxClientError());
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
