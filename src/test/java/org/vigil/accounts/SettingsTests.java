package org.vigil.accounts;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each user reads dates in their own language and time zone: the zone is theirs to choose on the
 * Settings page (reached from the menu), and without a choice it is the organisation's (UTC here).
 */
class SettingsTests extends WebIntegrationTest {

	/** 06:04 UTC on 7 March 2026: 15:04 in Seoul. */
	private static final String MOMENT = "2026-03-07T06:04:00Z";

	@Test
	void aKoreanReaderSeesDatesInKoreanOrderAndInTheTimeZoneTheyChose() throws Exception {
		TestUser reader = user(newTeam());
		caseUpdatedAt(openCase(reader, "Dated case", "CN"), MOMENT);
		MockHttpSession session = signIn(reader);
		mvc.perform(post("/settings").session(session).with(csrf()).param("timeZone", "Asia/Seoul").param("version", "0"))
			.andExpect(redirectedUrl("/settings"));

		String list = page(get("/cases").param("lang", "ko"), session);
		assertThat(list).contains("2026. 3. 7. 오후 3:04").doesNotContain("2026-03-07");
		assertThat(list).contains("Asia/Seoul");
	}

	@Test
	void withoutAChoiceDatesAreInTheOrganisationsTimeZone() throws Exception {
		TestUser reader = user(newTeam());
		caseUpdatedAt(openCase(reader, "Dated case", "CN"), MOMENT);
		MockHttpSession session = signIn(reader);
		assertThat(page(get("/cases").param("lang", "en"), session)).contains("Mar 7, 2026, 6:04 AM");
		assertThat(page(get("/cases").param("lang", "zh"), session)).contains("2026年3月7日 上午6:04");
	}

	@Test
	void theSettingsPageIsInTheMenuAndShowsTheChoiceMade() throws Exception {
		MockHttpSession session = signIn(user(newTeam()));
		assertThat(page(get("/cases"), session)).contains("href=\"/settings\"");
		assertThat(page(get("/settings"), session)).contains("<option value=\"\" selected=\"selected\">The organisation&#39;s time zone: UTC");
		mvc.perform(post("/settings").session(session).with(csrf()).param("timeZone", "Europe/London").param("version", "0"));
		assertThat(page(get("/settings"), session)).contains("<option value=\"Europe/London\" selected=\"selected\">")
			.contains("name=\"version\" value=\"1\"");
	}

	@Test
	void choosingATimeZoneIsAuditedWithTheOneBefore() throws Exception {
		TestUser reader = user(newTeam());
		MockHttpSession session = signIn(reader);
		mvc.perform(post("/settings").session(session).with(csrf()).param("timeZone", "Asia/Shanghai").param("version", "0"));
		Map<String, Object> entry = jdbc.queryForMap("select actor, details::text as details from audit_entries "
				+ "where action = 'user.settings-changed' and record_id = (select id::text from users where username = ?)", reader.username());
		assertThat(entry).containsEntry("actor", reader.username());
		assertThat(entry.get("details").toString()).contains("Asia/Shanghai").contains("organisation's");
	}

	@Test
	void aSaveAfterAChangeInAnotherWindowIsRefusedAndShowsTheSettingsAsTheyAreNow() throws Exception {
		TestUser reader = user(newTeam());
		MockHttpSession session = signIn(reader);
		mvc.perform(post("/settings").session(session).with(csrf()).param("timeZone", "Asia/Seoul").param("version", "0"))
			.andExpect(redirectedUrl("/settings"));
		String refused = mvc.perform(post("/settings").session(session).with(csrf()).param("timeZone", "Europe/Paris").param("version", "0"))
			.andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("changed in another window").contains("name=\"version\" value=\"1\"");
		assertThat(jdbc.queryForObject("select time_zone from users where username = ?", String.class, reader.username()))
			.isEqualTo("Asia/Seoul");
	}

	@Test
	void aTimeZoneThatIsNotOfferedIsRefusedNamingIt() throws Exception {
		MockHttpSession session = signIn(user(newTeam()));
		String refused = mvc.perform(post("/settings").session(session).with(csrf()).param("timeZone", "Mars/Olympus").param("version", "0"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Mars/Olympus");
	}

	private void caseUpdatedAt(UUID caseId, String moment) {
		jdbc.update("update cases set updated_at = ?::timestamptz where id = ?", moment, caseId);
	}

	/** The page's text with the spaces some languages put in dates (narrow, no-break) read as plain spaces. */
	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, MockHttpSession session)
			throws Exception {
		return mvc.perform(request.session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()
			.replaceAll("[\\u00a0\\u202f]", " ");
	}

}
