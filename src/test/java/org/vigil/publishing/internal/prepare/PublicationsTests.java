package org.vigil.publishing.internal.prepare;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.accounts.Role;
import org.vigil.support.DispatchingIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reviewer prepares a publication from a dispatched appeal, a second reviewer releases it — at once
 * or when its embargo ends by the application's clock — and a reviewer corrects or withdraws it.
 */
class PublicationsTests extends DispatchingIntegrationTest {

	@Autowired
	private Publications publications;

	@Test
	void aReviewerPreparesAPublicationFromTheLetterOfADispatchedAppeal() throws Exception {
		Sent sent = sentAppeal(newTeam());
		TestUser reviewer = user(sent.team(), Role.REVIEWER);
		JsonNode prepared = prepare(reviewer, sent);
		assertThat(prepared.get("status").asString()).isEqualTo("DRAFT");
		assertThat(prepared.get("kind").asString()).isEqualTo("URGENT_APPEAL");
		assertThat(prepared.get("title").asString()).isEqualTo("Do not return the five refugees");
		assertThat(prepared.get("body").asString()).contains("we appeal to you on behalf of five refugees").contains("That they not be returned");
		assertThat(prepared.get("countryCode").asString()).isEqualTo("CN");
		assertThat(prepared.get("region").asString()).as("Eastern Asia, where China lies (UN M49)").isEqualTo("030");
		assertThat(prepared.get("preparedBy").asString()).isEqualTo(reviewer.username());
	}

	@Test
	void anAppealWhoseLetterWasNotDispatchedIsNotPublished() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draftAppeal(author, caseId, "Your Excellency, we appeal to you.");
		mvc.perform(api(post("/api/cases/" + caseId + "/appeals/" + appealId + "/submit"), author).content("{\"version\": 0}"))
			.andExpect(status().isOk());
		mvc.perform(api(post("/api/cases/" + caseId + "/appeals/" + appealId + "/approve"), user(team, Role.REVIEWER))
				.content(json.writeValueAsString(Map.of("version", 1, "password", PASSWORD))))
			.andExpect(status().isOk());
		mvc.perform(api(post("/api/cases/" + caseId + "/publications"), reviewer).content("{\"appealId\": \"" + appealId + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("APPEAL_NOT_DISPATCHED"));
	}

	@Test
	void aResearcherDoesNotPreparePublications() throws Exception {
		Sent sent = sentAppeal(newTeam());
		mvc.perform(api(post("/api/cases/" + sent.caseId() + "/publications"), user(sent.team()))
				.content("{\"appealId\": \"" + sent.appealId() + "\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("REVIEWER_REQUIRED"));
	}

	@Test
	void theReviewerWhoPreparedAPublicationDoesNotReleaseIt() throws Exception {
		Sent sent = sentAppeal(newTeam());
		TestUser reviewer = user(sent.team(), Role.REVIEWER);
		JsonNode prepared = prepare(reviewer, sent);
		mvc.perform(api(post("/api/publications/" + prepared.get("id").asString() + "/release"), reviewer).content("{\"version\": 0}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("SECOND_REVIEWER_REQUIRED"));
	}

	@Test
	void aSecondReviewerReleasesAPublicationOntoThePublicSite() throws Exception {
		Sent sent = sentAppeal(newTeam());
		JsonNode prepared = prepare(user(sent.team(), Role.REVIEWER), sent);
		TestUser second = user(sent.team(), Role.REVIEWER);
		JsonNode released = release(second, prepared.get("id").asString(), Map.of("version", 0));
		assertThat(released.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(released.get("releasedBy").asString()).isEqualTo(second.username());
		assertThat(released.get("path").asString()).startsWith("/public/");
		String page = mvc.perform(get(released.get("path").asString())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).as("the public page, read without signing in").contains("Do not return the five refugees")
			.doesNotContain(sent.caseId().toString());
		assertThat(jdbc.queryForObject("select count(*) from audit_entries where action = 'publication.released' and actor = ?",
				Integer.class, second.username())).isEqualTo(1);
		// Listed under its region and its country, and in the feeds overall and for the country.
		String path = released.get("path").asString();
		for (String listing : java.util.List.of("/public", "/public/region/eastern-asia", "/public/region/asia", "/public/country/cn", "/public/feed.atom",
				"/public/feed.json", "/public/country/cn/feed.atom", "/public/country/cn/feed.rss")) {
			assertThat(mvc.perform(get(listing)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).as(listing).contains(path.substring("/public/".length()));
		}
	}

	@Test
	void anEmbargoedPublicationGoesPublicWhenTheClockReachesItsEmbargoNotBefore() throws Exception {
		Sent sent = sentAppeal(newTeam());
		TestUser preparer = user(sent.team(), Role.REVIEWER);
		JsonNode prepared = prepare(preparer, sent);
		String id = prepared.get("id").asString();
		// A word of its own in the title, by which the public site is seen not to hold the item before its time.
		String word = "Embargoed" + UUID.randomUUID().toString().substring(0, 8).chars()
			.mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16)))).collect(java.util.stream.Collectors.joining());
		mvc.perform(api(put("/api/publications/" + id), preparer).content(json.writeValueAsString(Map.of("title",
				"Do not return the five refugees " + word, "summary", "Five refugees face forced return.", "body",
				prepared.get("body").asString(), "language", "en", "region", "030", "countryCode", "CN", "version", 0))))
			.andExpect(status().isOk());
		TestUser second = user(sent.team(), Role.REVIEWER);
		Instant until = clock.instant().plus(Duration.ofHours(6));
		assertThat(release(second, id, Map.of("version", 1, "embargoUntil", until.toString())).get("status").asString())
			.isEqualTo("EMBARGOED");

		clock.advance(Duration.ofHours(5));
		publications.releaseEmbargoEnded();
		JsonNode waiting = read(mvc.perform(api(get("/api/publications/" + id), second)).andExpect(status().isOk()).andReturn());
		assertThat(waiting.get("status").asString()).isEqualTo("EMBARGOED");
		assertThat(waiting.get("path").isNull()).as("no public address yet").isTrue();
		assertThat(jdbc.queryForObject("select count(*) from public_items where publication_id = ?", Integer.class, UUID.fromString(id)))
			.as("the public site holds nothing of it").isZero();
		for (String listing : publicListings(word)) {
			// the search page repeats the word searched for: what is looked for is the item's title and its address
			assertThat(publicPage(listing)).as(listing + ", before the embargo ends").doesNotContain("refugees " + word)
				.doesNotContain("refugees-" + word.toLowerCase(java.util.Locale.ROOT));
		}

		clock.advance(Duration.ofHours(1));
		publications.releaseEmbargoEnded();
		JsonNode published = read(mvc.perform(api(get("/api/publications/" + id), second)).andExpect(status().isOk()).andReturn());
		assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
		String path = published.get("path").asString();
		assertThat(path).startsWith("/public/").contains(word.toLowerCase(java.util.Locale.ROOT));
		assertThat(publicPage(path)).as("its address, once the embargo ended").contains("Do not return the five refugees " + word);
		for (String listing : publicListings(word)) {
			assertThat(publicPage(listing)).as(listing + ", once the embargo ended").contains(path.substring("/public/".length()));
		}
	}

	/** Where the public site lists an item of China whose title holds the word: home, country, feeds, the JSON, the search. */
	private static java.util.List<String> publicListings(String word) {
		return java.util.List.of("/public", "/public/country/cn", "/public/region/eastern-asia", "/public/feed.atom", "/public/country/cn/feed.rss",
				"/public/country/cn/feed.json", "/public/api/items?country=CN", "/public/search?q=" + word.toLowerCase(java.util.Locale.ROOT));
	}

	/** A public page, read without signing in; it must be served. */
	private String publicPage(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void releasingAPublicationOfTheAppealClosesItsDecisionOnPublicationButNotItsFollowUp() throws Exception {
		Sent sent = sentAppeal(newTeam());
		String id = prepare(user(sent.team(), Role.REVIEWER), sent).get("id").asString();
		assertThat(tasksOf(sent)).containsEntry("PUBLICATION_DECISION", "SCHEDULED");

		release(user(sent.team(), Role.REVIEWER), id, Map.of("version", 0, "embargoUntil", clock.instant().plus(Duration.ofDays(3)).toString()));
		awaitListeners();
		assertThat(tasksOf(sent)).containsEntry("PUBLICATION_DECISION", "CLOSED PUBLISHED").containsEntry("FOLLOW_UP", "SCHEDULED");
		assertThat(jdbc.queryForObject("select count(*) from audit_entries where action = 'followup.closed' and details ->> 'reason' = 'PUBLISHED' "
				+ "and details ->> 'publication' = ?", Integer.class, id)).isEqualTo(1);
	}

	@Test
	void aReleaseRefusedLeavesTheDecisionOnPublicationDue() throws Exception {
		Sent sent = sentAppeal(newTeam());
		TestUser reviewer = user(sent.team(), Role.REVIEWER);
		String id = prepare(reviewer, sent).get("id").asString();
		mvc.perform(api(post("/api/publications/" + id + "/release"), reviewer).content("{\"version\": 0}"))
			.andExpect(status().isForbidden());
		awaitListeners();
		assertThat(tasksOf(sent)).containsEntry("PUBLICATION_DECISION", "SCHEDULED");
	}

	@Test
	void theCasePageOffersTheCasesDispatchedAppealsToPublishFrom() throws Exception {
		Sent sent = sentAppeal(newTeam());
		UUID notSent = draftAppeal(user(sent.team()), sent.caseId(), "Your Excellency, a second appeal not sent yet.");
		String section = mvc.perform(get("/cases/" + sent.caseId() + "/publications/section").session(signIn(user(sent.team(), Role.REVIEWER))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(section).contains("<option value=\"" + sent.appealId() + "\"")
			.contains(org.vigil.appeals.ApprovedAppeal.referenceOf(sent.appealId()) + ", first sent ")
			.doesNotContain(notSent.toString());
	}

	@Test
	void aCaseWithNoDispatchedAppealSaysSoInsteadOfOfferingOne() throws Exception {
		String team = newTeam();
		UUID caseId = openCase(user(team), "Five refugees", "CN");
		String section = mvc.perform(get("/cases/" + caseId + "/publications/section").session(signIn(user(team, Role.REVIEWER))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(section).contains("No appeal of this case was dispatched yet").doesNotContain("name=\"appealId\"");
	}

	@Test
	void anEmbargoIsEnteredInTheTimeZoneTheReviewerChoseAndShownInIt() throws Exception {
		Sent sent = sentAppeal(newTeam());
		String id = prepare(user(sent.team(), Role.REVIEWER), sent).get("id").asString();
		TestUser second = user(sent.team(), Role.REVIEWER);
		var session = signIn(second);
		mvc.perform(post("/settings").session(session).with(csrf()).param("timeZone", "Asia/Seoul").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(page(session, "/publications/" + id)).contains("In the time zone Asia/Seoul").doesNotContain("data-browser-zone");

		java.time.LocalDateTime inSeoul = clock.instant().plus(Duration.ofDays(2)).atZone(java.time.ZoneId.of("Asia/Seoul"))
			.toLocalDateTime().withSecond(0).withNano(0);
		// The browser's zone is sent too, but the reviewer's own choice is what the page stated.
		mvc.perform(post("/publications/" + id + "/release").session(session).with(csrf()).param("version", "0")
				.param("embargoUntil", inSeoul.toString()).param("embargoZone", "America/New_York"))
			.andExpect(status().is3xxRedirection());
		Instant stored = Instant.parse(read(mvc.perform(api(get("/api/publications/" + id), second)).andReturn()).get("embargoUntil").asString());
		assertThat(stored).isEqualTo(inSeoul.atZone(java.time.ZoneId.of("Asia/Seoul")).toInstant());
		assertThat(page(session, "/publications/" + id)).contains("(Asia/Seoul");
	}

	@Test
	void withoutAChosenTimeZoneTheEmbargoIsReadInTheBrowsersZone() throws Exception {
		Sent sent = sentAppeal(newTeam());
		String id = prepare(user(sent.team(), Role.REVIEWER), sent).get("id").asString();
		TestUser second = user(sent.team(), Role.REVIEWER);
		var session = signIn(second);
		assertThat(page(session, "/publications/" + id)).contains("data-browser-zone=\"fill\"").contains("data-zone-sentence=\"In the time zone {zone}\"");

		java.time.LocalDateTime inNewYork = clock.instant().plus(Duration.ofDays(2)).atZone(java.time.ZoneId.of("America/New_York"))
			.toLocalDateTime().withSecond(0).withNano(0);
		mvc.perform(post("/publications/" + id + "/release").session(session).with(csrf()).param("version", "0")
				.param("embargoUntil", inNewYork.toString()).param("embargoZone", "America/New_York"))
			.andExpect(status().is3xxRedirection());
		Instant stored = Instant.parse(read(mvc.perform(api(get("/api/publications/" + id), second)).andReturn()).get("embargoUntil").asString());
		assertThat(stored).isEqualTo(inNewYork.atZone(java.time.ZoneId.of("America/New_York")).toInstant());
	}

	@Test
	void anEmbargoInAnUnknownTimeZoneIsRefused() throws Exception {
		Sent sent = sentAppeal(newTeam());
		String id = prepare(user(sent.team(), Role.REVIEWER), sent).get("id").asString();
		var session = signIn(user(sent.team(), Role.REVIEWER));
		mvc.perform(post("/publications/" + id + "/release").session(session).with(csrf()).param("version", "0")
				.param("embargoUntil", clock.instant().plus(Duration.ofDays(2)).atZone(java.time.ZoneOffset.UTC).toLocalDateTime().withNano(0).toString())
				.param("embargoZone", "Mars/Olympus_Mons"))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("The time zone the embargo was entered in is not one Vigil knows.")));
		assertThat(statusOf(user(sent.team(), Role.REVIEWER), id)).isEqualTo("DRAFT");
	}

	@Test
	void anEmbargoInThePastIsRefusedNamingTheField() throws Exception {
		Sent sent = sentAppeal(newTeam());
		String id = prepare(user(sent.team(), Role.REVIEWER), sent).get("id").asString();
		mvc.perform(api(post("/api/publications/" + id + "/release"), user(sent.team(), Role.REVIEWER))
				.content(json.writeValueAsString(Map.of("version", 0, "embargoUntil", clock.instant().minusSeconds(60).toString()))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("embargoUntil"));
	}

	@Test
	void aPublishedItemIsCorrectedWithANoteAndThenWithdrawnWithANotice() throws Exception {
		Sent sent = sentAppeal(newTeam());
		String id = prepare(user(sent.team(), Role.REVIEWER), sent).get("id").asString();
		TestUser second = user(sent.team(), Role.REVIEWER);
		release(second, id, Map.of("version", 0));
		JsonNode corrected = read(mvc.perform(api(post("/api/publications/" + id + "/correct"), second).content(json.writeValueAsString(Map.of(
				"title", "Do not return the five refugees", "summary", "Five refugees face forced return.",
				"body", "Five refugees face forced return from China.", "note", "The number of refugees was wrong.", "version", 1))))
			.andExpect(status().isOk()).andReturn());
		assertThat(corrected.get("publicVersion").asInt()).isEqualTo(2);
		assertThat(corrected.get("correctionNote").asString()).isEqualTo("The number of refugees was wrong.");

		JsonNode withdrawn = read(mvc.perform(api(post("/api/publications/" + id + "/withdraw"), second)
				.content(json.writeValueAsString(Map.of("notice", "Withdrawn at the family's request.", "version", 2))))
			.andExpect(status().isOk()).andReturn());
		assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
		mvc.perform(get(corrected.get("path").asString())).andExpect(status().isGone());
	}

	@Test
	void anEditOnAnOlderVersionIsRefused() throws Exception {
		Sent sent = sentAppeal(newTeam());
		TestUser reviewer = user(sent.team(), Role.REVIEWER);
		String id = prepare(reviewer, sent).get("id").asString();
		Map<String, Object> text = Map.of("title", "Five refugees", "summary", "", "body", "They must not be returned.", "language", "en",
				"version", 0);
		mvc.perform(api(put("/api/publications/" + id), reviewer).content(json.writeValueAsString(text))).andExpect(status().isOk());
		mvc.perform(api(put("/api/publications/" + id), reviewer).content(json.writeValueAsString(text)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("STALE_VERSION"));
	}

	@Test
	void aRegionThatIsNoUnM49AreaIsRefusedNamingTheField() throws Exception {
		Sent sent = sentAppeal(newTeam());
		TestUser reviewer = user(sent.team(), Role.REVIEWER);
		String id = prepare(reviewer, sent).get("id").asString();
		mvc.perform(api(put("/api/publications/" + id), reviewer).content(json.writeValueAsString(Map.of("title", "Five refugees",
				"summary", "", "body", "They must not be returned.", "language", "en", "region", "East Asia", "version", 0))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.refusal").value("REGION_UNKNOWN"));
	}

	@Test
	void aLanguageVigilDoesNotPublishInIsRefusedNamingTheField() throws Exception {
		Sent sent = sentAppeal(newTeam());
		TestUser reviewer = user(sent.team(), Role.REVIEWER);
		String id = prepare(reviewer, sent).get("id").asString();
		mvc.perform(api(put("/api/publications/" + id), reviewer).content(json.writeValueAsString(Map.of("title", "Five refugees",
				"summary", "", "body", "They must not be returned.", "language", "fr", "version", 0))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("language"));
	}

	@Test
	void aPublicationOfACaseTheViewerMayNotSeeIsNotFound() throws Exception {
		Sent sent = sentAppeal(newTeam());
		String id = prepare(user(sent.team(), Role.REVIEWER), sent).get("id").asString();
		TestUser outsider = user(newTeam(), Role.REVIEWER);
		mvc.perform(api(get("/api/publications/" + id), outsider)).andExpect(status().isNotFound());
		mvc.perform(api(get("/api/publications?caseId=" + sent.caseId()), outsider))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void aPressReleaseIsDraftedFromTheCase() throws Exception {
		Sent sent = sentAppeal(newTeam());
		JsonNode prepared = read(mvc.perform(api(post("/api/cases/" + sent.caseId() + "/publications"), user(sent.team(), Role.REVIEWER))
				.content("{\"pressRelease\": true, \"language\": \"en\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("PRESS_RELEASE"))
			.andExpect(jsonPath("$.body").value(containsString(" ")))
			.andReturn());
		assertThat(prepared.get("appealId").isNull()).isTrue();
	}

	private JsonNode prepare(TestUser reviewer, Sent sent) throws Exception {
		return read(mvc.perform(api(post("/api/cases/" + sent.caseId() + "/publications"), reviewer)
				.content("{\"appealId\": \"" + sent.appealId() + "\"}"))
			.andExpect(status().isCreated())
			.andReturn());
	}

	private JsonNode release(TestUser reviewer, String id, Map<String, Object> body) throws Exception {
		return read(mvc.perform(api(post("/api/publications/" + id + "/release"), reviewer).content(json.writeValueAsString(body)))
			.andExpect(status().isOk())
			.andReturn());
	}

	/** The appeal's follow-up tasks: kind to status (and the reason it was closed, if it was). */
	private Map<String, String> tasksOf(Sent sent) {
		Map<String, String> tasks = new java.util.HashMap<>();
		jdbc.query("select kind, status, closed_reason from followup_tasks where appeal_id = ?", rs -> {
			tasks.put(rs.getString(1), rs.getString(2) + (rs.getString(3) == null ? "" : " " + rs.getString(3)));
		}, sent.appealId());
		return tasks;
	}

	private String page(org.springframework.mock.web.MockHttpSession session, String path) throws Exception {
		return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private String statusOf(TestUser reviewer, String id) throws Exception {
		return read(mvc.perform(api(get("/api/publications/" + id), reviewer)).andExpect(status().isOk()).andReturn()).get("status")
			.asString();
	}

}
