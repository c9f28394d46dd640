package org.vigil.appeals;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages of signatories: setting how one signs, choosing signatories on the appeal form, approving as one of them. */
class SignatoryPagesTests extends WebIntegrationTest {

	@Test
	void aUserSetsHowTheySignAndIsThenOfferedAsASignatory() throws Exception {
		String team = newTeam();
		TestUser director = user(team, Role.REVIEWER);
		MockHttpSession session = signIn(director);
		mvc.perform(get("/settings/signing").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"title\"")));
		mvc.perform(post("/settings/signing").session(session).with(csrf()).param("name", "Park Ji-hoon").param("title", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		mvc.perform(post("/settings/signing").session(session).with(csrf()).param("name", "Park Ji-hoon").param("title", "Head of Advocacy"))
			.andExpect(redirectedUrl("/settings/signing"));

		TestUser researcher = user(team);
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		mvc.perform(get("/cases/" + caseId + "/appeals/new").session(signIn(researcher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Park Ji-hoon, Head of Advocacy")))
			.andExpect(content().string(containsString("name=\"signatoryIds\"")));
	}

	@Test
	void theAppealPageShowsItsSignatoriesAndOffersEachTheirOwnApproval() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser director = signatory(team, "Kim Min-ji", "Asia Director");
		TestUser otherReviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		MockHttpSession session = signIn(researcher);
		String page = mvc.perform(post("/cases/" + caseId + "/appeals/new").session(session).with(csrf())
				.param("addressee", "Xi Jinping").param("language", "en").param("subject", "Do not return the five")
				.param("asks", "Do not return them").param("body", "Your Excellency").param("signatoryIds", idOf(director).toString()))
			.andExpect(redirectedUrlPattern("/cases/" + caseId + "/appeals/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(page + "/submit").session(session).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl(page));

		mvc.perform(get(page).session(signIn(otherReviewer)))
			.andExpect(content().string(containsString("Kim Min-ji")))
			.andExpect(content().string(containsString("Asia Director")))
			.andExpect(content().string(not(containsString("Approve as signatory"))));
		MockHttpSession signing = signIn(director);
		mvc.perform(get(page).session(signing)).andExpect(content().string(containsString("Approve as signatory")));
		mvc.perform(post(page + "/approve").session(signing).with(csrf()).param("version", "1").param("password", PASSWORD))
			.andExpect(redirectedUrl(page));
		mvc.perform(get(page).session(signing))
			.andExpect(content().string(containsString(">Approved<")))
			.andExpect(content().string(containsString("Withdraw my approval")));
		mvc.perform(post(page + "/approvals/mine/withdraw").session(signing).with(csrf())).andExpect(redirectedUrl(page));
		mvc.perform(get(page).session(signing))
			.andExpect(content().string(containsString(">In review<")))
			.andExpect(content().string(containsString("Approve as signatory")));
	}

}
