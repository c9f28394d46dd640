package org.vigil.accounts;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A password asked for again after sign-in — to reveal identities, sign an appeal, remove a
 * passkey — is throttled like the sign-in itself: wrong answers count towards the same lockout, are
 * audited, and a locked account is answered exactly like a wrong password. Without this, a stolen
 * API token could guess its owner's password without limit.
 */
class ReauthenticationTests extends WebIntegrationTest {

	@Test
	void eightWrongPasswordsOnARevealThenTheRightOneIsRefused() throws Exception {
		TestUser researcher = researcherWithPasskey();
		UUID caseId = openCase(researcher, "Guessing through the API", "CN");
		for (int i = 0; i < 8; i++) {
			reveal(researcher, caseId, "guess number " + i).andExpect(status().isBadRequest());
		}
		reveal(researcher, caseId, PASSWORD)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.refusal").value("WRONG_PASSWORD"))
			.andExpect(jsonPath("$.revealedUntil").doesNotExist());
	}

	@Test
	void aLockedAccountIsAnsweredExactlyLikeAWrongPassword() throws Exception {
		TestUser researcher = researcherWithPasskey();
		UUID caseId = openCase(researcher, "Same answer", "CN");
		String wrong = reveal(researcher, caseId, "the first guess").andReturn().getResponse().getContentAsString();
		guessWrong(researcher, caseId, 5);
		String locked = reveal(researcher, caseId, PASSWORD).andReturn().getResponse().getContentAsString();
		assertThat(locked).isEqualTo(wrong);
	}

	@Test
	void wrongPasswordsOnARevealLockTheSignInToo() throws Exception {
		TestUser researcher = researcherWithPasskey();
		UUID caseId = openCase(researcher, "One lockout", "CN");
		guessWrong(researcher, caseId, 5);
		mvc.perform(formLogin("/login").user(researcher.username()).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void wrongPasswordsOnAnApprovalCountTowardsTheLockout() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(author, "Signing by guessing", "CN");
		UUID appealId = draftAppeal(author, caseId, "Your Excellency");
		String appeal = "/api/cases/" + caseId + "/appeals/" + appealId;
		mvc.perform(api(post(appeal + "/submit"), author).content("{\"version\": 0}")).andExpect(status().isOk());
		for (int i = 0; i < 5; i++) {
			mvc.perform(api(post(appeal + "/approve"), reviewer).content("{\"version\": 1, \"password\": \"guess " + i + "\"}"))
				.andExpect(status().isForbidden());
		}
		mvc.perform(api(post(appeal + "/approve"), reviewer).content("{\"version\": 1, \"password\": \"" + PASSWORD + "\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("SIGNATURE_NOT_CONFIRMED"));
	}

	@Test
	void wrongPasswordsWhenRemovingAPasskeyCountTowardsTheLockout() throws Exception {
		TestUser user = user(newTeam());
		MockHttpSession session = signIn(user);
		String credential = givePasskey(user.username());
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/passkeys/remove").session(session).with(csrf()).param("credential", credential)
					.param("password", "guess " + i))
				.andExpect(flash().attribute("problem", "passkey.removeRefused"));
		}
		mvc.perform(post("/passkeys/remove").session(session).with(csrf()).param("credential", credential).param("password", PASSWORD))
			.andExpect(flash().attribute("problem", "passkey.removeRefused"));
		assertThat(jdbc.queryForObject("select count(*) from user_credentials where credential_id = ?", Integer.class, credential))
			.isEqualTo(1);
	}

	@Test
	void everyWrongPasswordAndTheLockItCausesAreInTheAuditLog() throws Exception {
		TestUser researcher = researcherWithPasskey();
		UUID caseId = openCase(researcher, "Audited guesses", "CN");
		guessWrong(researcher, caseId, 6);
		assertThat(jdbc.queryForList("select action || ':' || outcome || ':' || coalesce(details ->> 'for', '') from audit_entries "
				+ "where actor = ? and action like any (array['reauthentication.%', 'account.locked']) order by id", String.class,
				researcher.username()))
			.containsExactly("reauthentication.failed:failed:reveal", "reauthentication.failed:failed:reveal",
					"reauthentication.failed:failed:reveal", "reauthentication.failed:failed:reveal",
					"reauthentication.failed:failed:reveal", "account.locked:denied:", "reauthentication.refused-locked:denied:reveal");
	}

	@Test
	void theRightPasswordEndsARunOfWrongOnes() throws Exception {
		TestUser researcher = researcherWithPasskey();
		UUID caseId = openCase(researcher, "A slip of the finger", "CN");
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				reveal(researcher, caseId, "slip " + i).andExpect(status().isBadRequest());
			}
			reveal(researcher, caseId, PASSWORD).andExpect(status().isOk());
		}
	}

	/** A researcher whose re-checks are of the password alone: a passkey is registered, not used. */
	private TestUser researcherWithPasskey() {
		TestUser researcher = user(newTeam());
		givePasskey(researcher.username());
		return researcher;
	}

	private void guessWrong(TestUser user, UUID caseId, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			reveal(user, caseId, "guess " + i);
		}
	}

	private ResultActions reveal(TestUser user, UUID caseId, String password) throws Exception {
		return mvc.perform(api(post("/api/cases/" + caseId + "/reveal"), user)
			.content(json.writeValueAsString(java.util.Map.of("reason", "Preparing the urgent appeal", "password", password))));
	}

}
