package org.vigil.urgency.internal;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vigil.accounts.Role;
import org.vigil.cases.Reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrator's urgency page: thresholds and lists, each change audited and checked against the version it was made on. */
class UrgencyRulesPageTests extends UrgencyIntegrationTest {

	/** A town of Jilin well beyond the default 50 km from North Korea, and well within 200. */
	private static final KnownWhereabouts.Place DUNHUA = new KnownWhereabouts.Place("Dunhua", "Jilin", "CN", 43.3725, 128.2289);

	@Autowired
	private SettingsStore settings;

	private MockHttpServletRequestBuilder rules(long version, String borderKm) {
		return rules(version, borderKm, "CN KP\nLA CN\nVN CN", "");
	}

	private MockHttpServletRequestBuilder rules(long version, String borderKm, String onwardReturns, String handoverCustodians) {
		return post("/admin/urgency").with(csrf()).param("borderKm", borderKm).param("transferWindowDays", "7").param("silenceDays", "7")
			.param("dormantDays", "90").param("staleReportDays", "30").param("escalateAfterMinutes", "60")
			.param("onwardReturns", onwardReturns).param("handoverCustodians", handoverCustodians).param("version", Long.toString(version));
	}

	private String html(MockHttpSession session, MockHttpServletRequestBuilder request, int status) throws Exception {
		return mvc.perform(request.session(session)).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
	}

	@Test
	void anAdministratorWidensTheBorderDistanceAndEveryCaseIsAssessedAgainAndItIsAudited() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		whereabouts.expectTransfer(caseId, DUNHUA, null, Certainty.IMMINENT, Reliability.HIGH, clock.today());
		reassessment.reassess(caseId);
		assertThat(urgency(researcher, caseId).get("level").asString()).isEqualTo("WATCH");
		MockHttpSession admin = signIn(user(newTeam(), Role.ADMINISTRATOR));
		long version = settings.current().version();
		try {
			mvc.perform(rules(version, "200").session(admin)).andExpect(redirectedUrl("/admin/urgency"));
			awaitListeners(); // every followed case is assessed again after the change commits
			assertThat(urgency(researcher, caseId).get("level").asString()).isEqualTo("IMMINENT");
			assertThat(jdbc.queryForObject("select details ->> 'borderKm' from audit_entries where action = 'urgency.settings-changed' "
					+ "order by id desc limit 1", String.class)).isEqualTo("50 → 200");
		}
		finally {
			mvc.perform(rules(version + 1, "50").session(admin)).andExpect(redirectedUrl("/admin/urgency"));
			awaitListeners();
		}
	}

	@Test
	void aChangeMadeOnAnOlderVersionIsRefusedAndShowsWhatIsSavedNow() throws Exception {
		MockHttpSession admin = signIn(user(newTeam(), Role.ADMINISTRATOR));
		long version = settings.current().version();
		String page = html(admin, rules(version - 1, "40"), 409);
		assertThat(page).contains("Someone else changed the urgency rules after you opened this page", "Near the border (km)");
		assertThat(settings.current().settings().borderKm()).isEqualTo(50);
	}

	@Test
	void aNumberOutOfRangeIsRefusedOnItsField() throws Exception {
		MockHttpSession admin = signIn(user(newTeam(), Role.ADMINISTRATOR));
		String page = html(admin, rules(settings.current().version(), "0"), 400);
		assertThat(page).contains("Give a number from 1 to 1,000.").contains("aria-invalid=\"true\"");
	}

	@Test
	void textWhereANumberBelongsIsRefusedInPlainWords() throws Exception {
		MockHttpSession admin = signIn(user(newTeam(), Role.ADMINISTRATOR));
		String page = html(admin, rules(settings.current().version(), "fifty"), 400);
		assertThat(page).contains("Give a whole number.").doesNotContain("NumberFormatException");
	}

	@Test
	void anOnwardReturnThatIsNotTwoCountriesIsRefusedQuotingTheLine() throws Exception {
		MockHttpSession admin = signIn(user(newTeam(), Role.ADMINISTRATOR));
		String page = html(admin, rules(settings.current().version(), "50", "CN KP\nLaos to China", ""), 400);
		assertThat(page).contains("This line is not: Laos to China");
	}

	@Test
	void controlCharactersInAListAreRefusedNamingTheFieldAndNothingChanges() throws Exception {
		MockHttpSession admin = signIn(user(newTeam(), Role.ADMINISTRATOR));
		long version = settings.current().version();
		mvc.perform(rules(version, "50", "CN KP", "Border \u0007Defence").session(admin))
			.andExpect(status().isBadRequest())
			.andExpect(result -> {
				// Refused at the edge, by the one text rule every request meets, before the page's own checks.
				org.vigil.platform.Refused refused = (org.vigil.platform.Refused) result.getRequest()
					.getAttribute("org.vigil.platform.web.EarlyRefusals.refused");
				assertThat(refused.refusal().field()).isEqualTo("handoverCustodians");
			});
		assertThat(settings.current().version()).isEqualTo(version);
	}

	@Test
	void theSettingsPageShowsTheThresholdsInTheReadersLanguage() throws Exception {
		MockHttpSession admin = signIn(user(newTeam(), Role.ADMINISTRATOR));
		assertThat(html(admin, get("/admin/urgency").param("lang", "ko"), 200)).contains("긴급도 규칙", "국경 근처 (km)");
	}

	@Test
	void aResearcherCannotOpenTheUrgencyRules() throws Exception {
		mvc.perform(get("/admin/urgency").session(signIn(user(newTeam())))).andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorSetsWhereATeamsAlertsGoAndItIsAudited() throws Exception {
		String team = newTeam();
		mailTo(team, "asia-desk@vigil.test", "asia-directors@vigil.test");
		UUID teamId = jdbc.queryForObject("select id from teams where name = ?", UUID.class, team);
		assertThat(settings.teamMail(teamId).alertAddress()).isEqualTo("asia-desk@vigil.test");
		assertThat(jdbc.queryForObject("select details ->> 'reviewerAddress' from audit_entries where action = 'urgency.team-mail-changed' "
				+ "and record_id = ?", String.class, teamId.toString())).isEqualTo("null → asia-directors@vigil.test");
	}

	@Test
	void anAddressVigilCannotSendToIsRefused() throws Exception {
		String team = newTeam();
		MockHttpSession admin = signIn(user(team, Role.ADMINISTRATOR));
		UUID teamId = jdbc.queryForObject("select id from teams where name = ?", UUID.class, team);
		String page = html(admin, post("/admin/urgency/teams/" + teamId).with(csrf()).param("alertAddress", "not an address")
			.param("reviewerAddress", "").param("version", "-1"), 400);
		assertThat(page).contains("This is not an email address Vigil can send to.");
		assertThat(settings.teamMail(teamId).alertAddress()).isNull();
	}

}
