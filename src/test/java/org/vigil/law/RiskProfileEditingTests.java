package org.vigil.law;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Administrators edit risk profiles claim by claim; the history shows who changed which claim. */
class RiskProfileEditingTests extends WebIntegrationTest {

	@Autowired
	private RiskProfiles profiles;

	private UUID claimOf(String country, String textStart) {
		return jdbc.queryForObject("select id from law_risk_claims where country = ? and text like ?", UUID.class, country, textStart + "%");
	}

	private long versionOf(UUID claim) {
		return jdbc.queryForObject("select version from law_risk_claims where id = ?", Long.class, claim);
	}

	@Test
	void aChangedClaimIsSavedAndTheHistoryShowsWhoChangedItFromWhatToWhat() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		MockHttpSession session = signIn(admin);
		UUID claim = claimOf("ER", "People who evaded");
		mvc.perform(post("/admin/law/risk-profiles/ER/claims/" + claim).session(session).with(csrf())
				.param("group", "MOST_AT_RISK").param("text", "People who evaded or deserted national service.")
				.param("citation", "A/HRC/29/42 (2015)").param("reviewedOn", "2026-11-30").param("version", Long.toString(versionOf(claim))))
			.andExpect(status().is3xxRedirection());
		String history = mvc.perform(get("/law/states/ER/risk-history").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(history).contains(admin.username() + " changed the claim", "People who evaded or deserted national service.",
				"A/HRC/29/42 (2015)", "system added the claim");
	}

	@Test
	void anEditMadeOnAnOlderVersionIsRefusedAndKeepsWhatWasTyped() throws Exception {
		MockHttpSession session = signIn(user(newTeam(), Role.ADMINISTRATOR));
		UUID claim = claimOf("AF", "Women and girls");
		String page = mvc.perform(post("/admin/law/risk-profiles/AF/claims/" + claim).session(session).with(csrf())
				.param("group", "FACES").param("text", "My unsaved wording").param("reviewedOn", "2026-11-30")
				.param("version", Long.toString(versionOf(claim) + 5)))
			.andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("My unsaved wording", "Someone saved this after you loaded it");
		assertThat(jdbc.queryForObject("select text from law_risk_claims where id = ?", String.class, claim)).startsWith("Women and girls");
	}

	@Test
	void aClaimWithControlCharactersOrAFutureReviewDateIsBadInput() throws Exception {
		MockHttpSession session = signIn(user(newTeam(), Role.ADMINISTRATOR));
		mvc.perform(post("/admin/law/risk-profiles/MM/claims").session(session).with(csrf())
				.param("group", "FACES").param("text", "bad\u0000text").param("reviewedOn", "2026-11-30"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/admin/law/risk-profiles/MM/claims").session(session).with(csrf())
				.param("group", "FACES").param("text", "A claim").param("reviewedOn", "2999-01-01"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/admin/law/risk-profiles/MM/claims").session(session).with(csrf())
				.param("group", "SOMETIMES").param("text", "A claim").param("reviewedOn", "2026-11-30"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anAddedClaimAppearsOnTheStatePageUnverifiedUntilItsCitationIsChecked() throws Exception {
		MockHttpSession session = signIn(user(newTeam(), Role.ADMINISTRATOR));
		mvc.perform(post("/admin/law/risk-profiles/MM/claims").session(session).with(csrf())
				.param("group", "FACES").param("text", "Returned Rohingya are held in camps.").param("verified", "true")
				.param("reviewedOn", "2026-11-30"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select verified from law_risk_claims where text = 'Returned Rohingya are held in camps.'",
				Boolean.class)).as("a claim without a citation cannot be verified").isFalse();
		String page = mvc.perform(get("/law/states/MM").session(session)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Returned Rohingya are held in camps.");
	}

	@Test
	void aProfileReadForLettersIsReadWithEveryChangeMadeAfterIt() throws Exception {
		MockHttpSession session = signIn(user(newTeam(), Role.ADMINISTRATOR));
		RiskProfile before = profiles.of("CN").orElseThrow();
		assertThat(profiles.of("CN")).contains(before);

		summarise(session, "CN", "Returnees are questioned by the security services.");
		assertThat(profiles.of("CN").orElseThrow().summary()).isEqualTo("Returnees are questioned by the security services.");
		summarise(session, "CN", before.summary());
		assertThat(profiles.of("CN").orElseThrow().summary()).isEqualTo(before.summary());

		mvc.perform(post("/admin/law/risk-profiles/CN/claims").session(session).with(csrf())
				.param("group", "FACES").param("text", "Returnees have disappeared after questioning.").param("reviewedOn", "2026-11-30"))
			.andExpect(status().is3xxRedirection());
		UUID added = claimOf("CN", "Returnees have disappeared");
		assertThat(texts("CN")).contains("Returnees have disappeared after questioning.");

		mvc.perform(post("/admin/law/risk-profiles/CN/claims/" + added).session(session).with(csrf())
				.param("group", "FACES").param("text", "Returnees have disappeared in detention.").param("reviewedOn", "2026-11-30")
				.param("version", Long.toString(versionOf(added))))
			.andExpect(status().is3xxRedirection());
		assertThat(texts("CN")).contains("Returnees have disappeared in detention.").doesNotContain("Returnees have disappeared after questioning.");

		// Written past the application (an operator's statement, another server): seen all the same.
		jdbc.update("update law_risk_claims set text = 'Returnees have disappeared, written in SQL.' where id = ?", added);
		assertThat(texts("CN")).contains("Returnees have disappeared, written in SQL.");

		mvc.perform(post("/admin/law/risk-profiles/CN/claims/" + added + "/remove").session(session).with(csrf())
				.param("version", Long.toString(versionOf(added))))
			.andExpect(status().is3xxRedirection());
		assertThat(texts("CN")).noneMatch(text -> text.startsWith("Returnees have disappeared"));
		assertThat(profiles.of("CN").orElseThrow().claims()).isEqualTo(before.claims());
	}

	private void summarise(MockHttpSession session, String country, String summary) throws Exception {
		long version = jdbc.queryForObject("select version from law_risk_profiles where country = ?", Long.class, country);
		mvc.perform(post("/admin/law/risk-profiles/" + country + "/summary").session(session).with(csrf())
				.param("summary", summary).param("version", Long.toString(version)))
			.andExpect(status().is3xxRedirection());
	}

	private java.util.List<String> texts(String country) {
		return profiles.of(country).orElseThrow().claims().stream().map(RiskProfile.Claim::text).toList();
	}

	@Test
	void researchersCannotEditRiskProfiles() throws Exception {
		MockHttpSession session = signIn(user(newTeam()));
		mvc.perform(get("/admin/law/risk-profiles/KP").session(session)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/law/risk-profiles/KP/summary").session(session).with(csrf()).param("summary", "x").param("version", "0"))
			.andExpect(status().isForbidden());
	}

}
