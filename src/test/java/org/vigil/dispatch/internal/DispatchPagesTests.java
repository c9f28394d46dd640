package org.vigil.dispatch.internal;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dispatch part of the appeal page and the triage page, as an advocacy officer uses them. */
class DispatchPagesTests extends DispatchIntegrationTest {

	@Test
	void anOfficerSendsTheAppealFromItsPageAndTheSectionShowsTheAttemptSent() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		MockHttpSession session = signIn(officer);
		String to = uniqueAddress("page");
		String appealPage = "/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId();

		assertThat(mvc.perform(get(appealPage).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains(appealPage + "/dispatch/section");
		mvc.perform(post(appealPage + "/dispatch").session(session).with(csrf()).param("to", to).param("name", "General Office"))
			.andExpect(status().is3xxRedirection());
		eventually(() -> assertThat(mailFor(to)).hasSize(1));

		eventually(() -> assertThat(mvc.perform(get(appealPage + "/dispatch/section").session(session).header("HX-Request", "true"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains(to).contains("Sent").doesNotContain("<html"));
	}

	@Test
	void whileTheMailServerIsDownTheSectionShowsTheLetterPendingWithTheErrorAndItsNextTry() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		MockHttpSession session = signIn(officer);
		String to = uniqueAddress("outage-page");
		String appealPage = "/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId();
		mail.stop();

		mvc.perform(post(appealPage + "/dispatch").session(session).with(csrf()).param("to", to)).andExpect(status().is3xxRedirection());

		eventually(() -> assertThat(mvc.perform(get(appealPage + "/dispatch/section").session(session).header("HX-Request", "true"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains(to).contains("Pending").contains("next try").contains("connect"));
		assertThat(mailFor(to)).isEmpty();
	}

	@Test
	void theTriagePageListsWhatWaitsAndOffersToReadTheMailbox() throws Exception {
		MockHttpSession session = signIn(user(newTeam(), Role.ADVOCACY));

		String page = mvc.perform(get("/triage").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Replies to sort").contains("/triage/fetch");
	}

}
