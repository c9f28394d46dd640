package org.vigil.law;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The state and instrument pages, as a researcher reads them. */
class LawPagesTests extends WebIntegrationTest {

	private String page(MockHttpSession session, String path) throws Exception {
		return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theStatePageShowsParticipationFindingsAndTheRiskProfileMarkingWhatIsUnverified() throws Exception {
		MockHttpSession session = signIn(user(newTeam()));
		String china = page(session, "/law/states/CN");
		assertThat(china).contains("Convention against Torture", "Oct 4, 1988", "CAT/C/CHN/CO/5, paras. 46-47", "unverified",
				"What awaits people returned here");
		String dprk = page(session, "/law/states/KP");
		assertThat(dprk).contains("treachery against the nation", "Who is most at risk", "A/HRC/25/63");
	}

	@Test
	void aStateWithoutARiskProfileShowsNone() throws Exception {
		String france = page(signIn(user(newTeam())), "/law/states/FR");
		assertThat(france).contains("Participation").doesNotContain("What awaits people returned here");
	}

	@Test
	void theStatePageIsInTheReadersLanguage() throws Exception {
		String korean = page(signIn(user(newTeam())), "/law/states/CN?lang=ko");
		assertThat(korean).contains("참여 현황", "미검증");
	}

	@Test
	void theInstrumentPageListsItsPartiesFilteredByStatusAndName() throws Exception {
		MockHttpSession session = signIn(user(newTeam()));
		String chinaOnly = page(session, "/law/instruments/CAT?status=PARTY&q=chin");
		assertThat(chinaOnly).contains("China", "Art. 3 — Non-refoulement").doesNotContain("Afghanistan");
		String signatories = page(session, "/law/instruments/CAT?status=SIGNATORY");
		assertThat(signatories).contains("India").doesNotContain(">China<");
	}

	@Test
	void anUnknownStateOrInstrumentIsNotFoundAndABadFilterIsBadInput() throws Exception {
		MockHttpSession session = signIn(user(newTeam()));
		mvc.perform(get("/law/states/ZZ").session(session)).andExpect(status().isNotFound());
		mvc.perform(get("/law/instruments/NOPE").session(session)).andExpect(status().isNotFound());
		mvc.perform(get("/law/instruments/CAT?status=MAYBE").session(session)).andExpect(status().isBadRequest());
		mvc.perform(get("/law/instruments/CAT?q=a\u0007b").session(session)).andExpect(status().isBadRequest());
	}

}
