package org.vigil.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SignInTests extends WebIntegrationTest {

	@Test
	void signingInGivesANewSessionIdAndAsksForTheSecondFactor() throws Exception {
		TestUser user = user(newTeam());
		MockHttpSession before = new MockHttpSession();
		String idBefore = before.getId();
		MvcResult result = mvc.perform(post("/login").session(before).with(csrf()).param("username", user.username())
				.param("password", PASSWORD))
			.andExpect(redirectedUrl("/second-factor"))
			.andReturn();
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(idBefore);
	}

	@Test
	void afterBothStepsTheCaseListOpens() throws Exception {
		mvc.perform(get("/cases").session(signIn(user(newTeam())))).andExpect(status().isOk());
	}

	@Test
	void aWrongPasswordIsRefused() throws Exception {
		TestUser user = user(newTeam());
		mvc.perform(formLogin("/login").user(user.username()).password("not the password"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void afterFiveFailuresTheAccountIsLockedEvenForTheRightPassword() throws Exception {
		TestUser user = user(newTeam());
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(user.username()).password("guess " + i)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user(user.username()).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aSuccessfulSignInResetsTheFailureCount() throws Exception {
		TestUser user = user(newTeam());
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				mvc.perform(formLogin("/login").user(user.username()).password("guess")).andExpect(redirectedUrl("/login?error"));
			}
			mvc.perform(formLogin("/login").user(user.username()).password(PASSWORD)).andExpect(redirectedUrl("/second-factor"));
		}
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		MockHttpSession session = signIn(user(newTeam()));
		mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		assertThat(session.isInvalid()).isTrue();
		mvc.perform(get("/cases").session(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void onlyAdministratorsReachUserAdministration() throws Exception {
		mvc.perform(get("/admin/users").session(signIn(user(newTeam())))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").session(signIn(user(newTeam(), Role.ADMINISTRATOR)))).andExpect(status().isOk());
	}

}
