package org.vigil.whereabouts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whereabouts pages as a researcher uses them: the case page loads the section (a line a person,
 * leading to the person's whole timeline), a pasted report
 * becomes proposals confirmed one at a time, a place typed in words is resolved or offered as
 * candidates, a doubtful entry comes back with its doubt to confirm, and a place of hiding stays
 * hidden until the identities are revealed.
 */
class WhereaboutsPagesTests extends WebIntegrationTest {

	private static final String SEED = "apprehended by police last week in Shengyang city of Lioaning province; believed to be "
			+ "detained near Yanji; to be imminently sent to Helong city, 70 km southwest of Yanji, near the border";

	private UUID person(TestUser user, UUID caseId, String label) throws Exception {
		return UUID.fromString(read(mvc.perform(api(post("/api/cases/" + caseId + "/persons"), user)
			.content("{\"kind\": \"GROUP\", \"publicLabel\": \"" + label + "\", \"numberOfPersons\": 5}"))
			.andExpect(status().isCreated()).andReturn()).get("id").asString());
	}

	private String page(MockHttpSession session, String path) throws Exception {
		return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The page a redirect leads to, through further redirects, with the message it carries, as a browser shows it. */
	private String followed(MockHttpSession session, MvcResult redirected) throws Exception {
		MvcResult result = redirected;
		while (result.getResponse().getRedirectedUrl() != null) {
			result = mvc.perform(get(result.getResponse().getRedirectedUrl()).session(session).flashAttrs(result.getFlashMap())).andReturn();
		}
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	@Test
	void theCasePageLoadsTheWhereaboutsSectionFromItsOwnRoute() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Section", "CN");
		MockHttpSession session = signIn(researcher);
		assertThat(page(session, "/cases/" + caseId)).contains("hx-get=\"/cases/" + caseId + "/whereabouts/section\"");
		String section = page(session, "/cases/" + caseId + "/whereabouts/section");
		assertThat(section).contains("Nothing is recorded yet").contains("New information").doesNotContain("<html");
	}

	@Test
	void theCasePageSaysInALineWherePersonIsNowAndWhatIsExpectedAndLeadsToTheirWholeTimeline() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Long timeline", "CN");
		UUID personId = person(researcher, caseId, "Refugee E");
		UUID other = person(researcher, caseId, "Refugee F");
		String yanji = placeId(researcher, "Yanji, Jilin");
		int sightings = 5;
		for (int day = 0; day < sightings; day++) {
			record(researcher, caseId, Map.of("personId", personId, "kind", "SIGHTING", "place", Map.of("placeId", yanji),
					"date", Map.of("earliest", LocalDate.now().minusDays(100 - day).toString())));
		}
		record(researcher, caseId, Map.of("personId", personId, "kind", "TRANSFER", "place", Map.of("placeId", placeId(researcher, "Helong")),
				"certainty", "IMMINENT", "date", Map.of("earliest", LocalDate.now().plusDays(2).toString())));
		record(researcher, caseId, Map.of("personId", other, "kind", "SIGHTING", "place", Map.of("placeId", yanji),
				"date", Map.of("earliest", LocalDate.now().minusDays(3).toString())));
		MockHttpSession session = signIn(researcher);

		String section = page(session, "/cases/" + caseId + "/whereabouts/section");
		assertThat(rows(section)).as("no rows of the timeline on the case page").isZero();
		assertThat(summaryLine(section, "Refugee E")).contains("Seen").contains("Yanji, Jilin")
			.contains("Helong, Jilin").contains("Imminent")
			.contains("6 entries: the timeline of Refugee E")
			.contains("href=\"/cases/" + caseId + "/whereabouts/persons/" + personId + "\"");
		assertThat(summaryLine(section, "Refugee F")).contains("Yanji, Jilin").contains("No transfer expected")
			.contains("1 entry: the timeline of Refugee F");
		assertThat(section).contains("href=\"/cases/" + caseId + "/whereabouts\"").contains("New information");
		assertCellsNamedAndIdsUnique(section);

		String own = page(session, "/cases/" + caseId + "/whereabouts/persons/" + personId);
		assertThat(rows(own)).isEqualTo(sightings + 1);
		assertThat(own).contains("Timeline of Refugee E").doesNotContain("Timeline of Refugee F");
		assertThat(rows(page(session, "/cases/" + caseId + "/whereabouts"))).as("the whole timeline, every person").isEqualTo(sightings + 2);
	}

	@Test
	void whereThePeopleAreNowNamesTheSoonestExpectedTransferOfEachPersonAndCountsTheOthers() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Two transfers", "CN");
		UUID personId = person(researcher, caseId, "Refugee H");
		record(researcher, caseId, Map.of("personId", personId, "kind", "TRANSFER", "place", Map.of("placeId", placeId(researcher, "Tumen")),
				"date", Map.of("earliest", LocalDate.now().plusDays(9).toString())));
		record(researcher, caseId, Map.of("personId", personId, "kind", "TRANSFER", "place", Map.of("placeId", placeId(researcher, "Helong")),
				"date", Map.of("earliest", LocalDate.now().plusDays(5).toString())));
		String now = page(signIn(researcher), "/cases/" + caseId + "/whereabouts/now");
		assertThat(now).contains("to be moved to Helong, Jilin").doesNotContain("to be moved to Tumen")
			.contains("1 more open custody period or expected transfer: the whole timeline");
	}

	@Test
	void aPersonsTimelineOfAnotherCaseIsNotFound() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Own case", "CN");
		UUID elsewhere = person(researcher, openCase(researcher, "Other case", "CN"), "Refugee G");
		mvc.perform(get("/cases/" + caseId + "/whereabouts/persons/" + elsewhere).session(signIn(researcher))).andExpect(status().isNotFound());
	}

	private String placeId(TestUser user, String name) throws Exception {
		return read(mvc.perform(api(get("/api/places/resolve").param("q", name).param("country", "CN"), user)).andReturn()).get(0).get("id")
			.asString();
	}

	private void record(TestUser user, UUID caseId, Map<String, Object> entry) throws Exception {
		mvc.perform(api(post("/api/cases/" + caseId + "/whereabouts"), user).content(json.writeValueAsString(entry)))
			.andExpect(status().isCreated());
	}

	/** The summary table's row of one person. */
	private static String summaryLine(String html, String person) {
		Matcher row = Pattern.compile("<tr>\\s*<th scope=\"row\"[^>]*>" + Pattern.quote(person) + "</th>(.*?)</tr>", Pattern.DOTALL).matcher(html);
		assertThat(row.find()).as("a line for " + person).isTrue();
		return row.group(1);
	}

	/** The rows of the timeline tables. */
	private static long rows(String html) {
		return Pattern.compile("<table class=\"table timeline\">(.*?)</table>", Pattern.DOTALL).matcher(html).results()
			.mapToLong(table -> Pattern.compile("<tr[ >]").matcher(table.group(1)).results().count() - 1).sum();
	}

	@Test
	void aPastedReportIsConfirmedProposalByProposalIntoTheTimelineWithItsDistances() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Seed report", "CN");
		person(researcher, caseId, "Refugee group A");
		MockHttpSession session = signIn(researcher);
		String c = "/cases/" + caseId + "/whereabouts";

		MvcResult pasted = mvc.perform(post(c + "/reports").session(session).with(csrf()).param("text", SEED)
				.param("reportedOn", LocalDate.now().toString())).andExpect(status().isOk()).andReturn();
		String first = pasted.getResponse().getContentAsString();
		assertThat(first).contains("Shenyang, Liaoning").contains("apprehended by police last week");
		assertThat(mvc.perform(get(c).session(session)).andReturn().getResponse().getContentAsString())
			.as("nothing recorded before it is confirmed").contains("Nothing is recorded yet");

		String form = first;
		for (int proposal = 0; proposal < 3; proposal++) {
			MvcResult confirmed = mvc.perform(post(c + "/entries").session(session).with(csrf()).params(formFields(form)))
				.andExpect(status().is3xxRedirection()).andReturn();
			form = followed(session, confirmed);
		}
		assertThat(form).contains("Every proposal of the report was confirmed");
		assertThat(form).contains("Shenyang, Liaoning").contains("Yanji, Jilin").contains("Helong, Jilin")
			.contains("Expected transfer or handover").contains("Imminent").contains("Believed")
			.contains("Distance of each place to the border of North Korea").containsPattern("\\d+(\\.\\d)? km")
			.contains("class=\"whereabouts-map\"").contains("/js/whereabouts-map.js")
			.contains("data-outline=\"/api/geo/countries/KP/outline\"");
		assertCellsNamedAndIdsUnique(form);
	}

	@Test
	void aPlaceTypedInWordsIsResolvedAndAnUnclearOneIsOfferedAsCandidates() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Typed places", "CN");
		UUID personId = person(researcher, caseId, "Refugee B");
		MockHttpSession session = signIn(researcher);
		String c = "/cases/" + caseId + "/whereabouts";
		assertCellsNamedAndIdsUnique(page(session, c + "/entry"));

		String candidates = mvc.perform(post(c + "/entries").session(session).with(csrf()).param("personId", personId.toString())
				.param("kind", "SIGHTING").param("placeText", "Yangji").param("dateEarliest", LocalDate.now().minusDays(1).toString())
				.param("certainty", "REPORTED"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(candidates).contains("Which place is meant?").contains("Yanji, Jilin (China)");
		Matcher first = Pattern.compile("type=\"radio\"[^>]*value=\"([^\"]+)\"[^>]*>\\s*<span>Yanji, Jilin \\(China\\)").matcher(candidates);
		assertThat(first.find()).isTrue();
		mvc.perform(post(c + "/entries").session(session).with(csrf()).param("personId", personId.toString()).param("kind", "SIGHTING")
				.param("placeText", "Yangji").param("placeId", first.group(1)).param("dateEarliest", LocalDate.now().minusDays(1).toString())
				.param("certainty", "REPORTED"))
			.andExpect(status().is3xxRedirection());
		assertThat(page(session, c)).contains("Yanji, Jilin");
		assertCellsNamedAndIdsUnique(candidates);
	}

	@Test
	void aDoubtfulEntryComesBackWithItsDoubtAndIsRecordedOnceConfirmed() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Doubts", "CN");
		UUID personId = person(researcher, caseId, "Refugee C");
		MockHttpSession session = signIn(researcher);
		String c = "/cases/" + caseId + "/whereabouts";
		Map<String, String> held = Map.of("personId", personId.toString(), "kind", "CUSTODY", "placeText", "Helong, Jilin", "certainty",
				"REPORTED", "dateEarliest", LocalDate.now().minusDays(20).toString());
		mvc.perform(post(c + "/entries").session(session).with(csrf()).params(params(held))).andExpect(status().is3xxRedirection());
		Map<String, String> elsewhere = new java.util.HashMap<>(held);
		elsewhere.put("placeText", "Shenyang, Liaoning");
		String flagged = mvc.perform(post(c + "/entries").session(session).with(csrf()).params(params(elsewhere)))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(flagged).contains("The person would be in two places far apart at the same time.").contains("value=\"IN_TWO_PLACES\"");
		elsewhere.put("confirmed", "IN_TWO_PLACES");
		mvc.perform(post(c + "/entries").session(session).with(csrf()).params(params(elsewhere))).andExpect(status().is3xxRedirection());
		assertThat(page(session, c)).contains("confirmed despite: The person would be in two places");
	}

	@Test
	void aPlaceOfHidingIsShownOnlyWhileTheIdentitiesAreRevealed() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Hiding", "CN");
		UUID personId = person(researcher, caseId, "Refugee D");
		mvc.perform(api(post("/api/cases/" + caseId + "/whereabouts"), researcher).content(json.writeValueAsString(Map.of(
				"personId", personId, "kind", "HIDING", "place", Map.of("name", "Flat above the noodle shop", "lat", 42.9, "lon", 129.5),
				"date", Map.of("earliest", LocalDate.now().minusDays(3).toString())))))
			.andExpect(status().isCreated());
		MockHttpSession session = signIn(researcher);
		String hidden = page(session, "/cases/" + caseId + "/whereabouts");
		assertThat(hidden).doesNotContain("noodle shop").contains("Place of hiding hidden");
		mvc.perform(api(get("/api/cases/" + caseId + "/whereabouts"), researcher))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.entries[0].place").doesNotExist());
		reveal(researcher, caseId);
		assertThat(page(signIn(researcher), "/cases/" + caseId + "/whereabouts")).contains("Flat above the noodle shop");
		assertThat(read(mvc.perform(api(get("/api/cases/" + caseId + "/whereabouts/map"), researcher)).andReturn()).get("places"))
			.as("never on the map").isEmpty();
	}

	@Test
	void aConfidentialSourceIsNamedLinkedAndRatedOnTheTimelineOnlyToWhomTheIdentitiesAreRevealed() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser colleague = user(team); // on the case, without the case's identity permission
		UUID caseId = openCase(researcher, "Confidential source", "CN");
		UUID personId = person(researcher, caseId, "Refugee G");
		UUID sourceId = UUID.fromString(read(mvc.perform(api(post("/api/cases/" + caseId + "/sources"), researcher)
			.content(json.writeValueAsString(Map.of("label", "Contact near Yanji", "name", "Pak Yong-ho", "reliability", "MEDIUM",
					"confidential", true, "information", "They are to be moved to Helong."))))
			.andExpect(status().isCreated()).andReturn()).get("id").asString());
		record(researcher, caseId, Map.of("personId", personId, "kind", "TRANSFER", "place", Map.of("placeId", placeId(researcher, "Helong")),
				"certainty", "IMMINENT", "sourceId", sourceId, "reportedOn", LocalDate.now().minusDays(2).toString(),
				"date", Map.of("earliest", LocalDate.now().plusDays(2).toString())));
		awaitListeners();
		String link = "href=\"/cases/" + caseId + "#source-" + sourceId + "\"";

		reveal(researcher, caseId);
		MockHttpSession revealed = signIn(researcher);
		String seen = sourceCell(page(revealed, "/cases/" + caseId + "/whereabouts"));
		assertThat(seen).contains(link).contains(">Contact near Yanji</a>").contains("class=\"tag\">Medium</span>");
		assertThat(page(revealed, "/cases/" + caseId)).as("the link leads to the source's line on the case page")
			.contains("id=\"source-" + sourceId + "\"");

		MockHttpSession session = signIn(colleague);
		String timeline = page(session, "/cases/" + caseId + "/whereabouts");
		assertThat(timeline).as("the entry is shown").contains("Helong");
		assertThat(sourceCell(timeline)).contains("A confidential source");
		assertThat(timeline).doesNotContain("Contact near Yanji").doesNotContain("#source-" + sourceId).doesNotContain(">Medium<");
		String urgency = page(session, "/cases/" + caseId + "/urgency/section");
		assertThat(urgency).contains("reported as imminent by a confidential source").doesNotContain("usually reliable");
		assertThat(page(session, "/watch")).contains("by a confidential source").doesNotContain("usually reliable");
	}

	/** The source cell of the first line of the first person's timeline. */
	private static String sourceCell(String html) {
		Matcher cell = Pattern.compile("<td data-label=\"Source\">(.*?)</td>", Pattern.DOTALL).matcher(html);
		assertThat(cell.find()).as("a source cell").isTrue();
		return cell.group(1);
	}

	@Test
	void theSectionReadsInKoreanAndChinese() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Languages", "CN");
		MockHttpSession session = signIn(researcher);
		assertThat(page(session, "/cases/" + caseId + "/whereabouts?lang=ko")).contains("새 정보");
		assertThat(page(session, "/cases/" + caseId + "/whereabouts?lang=zh")).contains("新信息");
	}

	/** The form fields of the page's entry form, as a browser would send them. */
	private static org.springframework.util.MultiValueMap<String, String> formFields(String html) {
		org.springframework.util.LinkedMultiValueMap<String, String> fields = new org.springframework.util.LinkedMultiValueMap<>();
		String form = html.substring(html.indexOf("<form method=\"post\" class=\"form wide entry-form\""));
		form = form.substring(0, form.indexOf("</form>"));
		Matcher input = Pattern.compile("<input([^>]*)>").matcher(form);
		while (input.find()) {
			String attributes = input.group(1);
			String name = attribute(attributes, "name");
			String type = attribute(attributes, "type");
			if (name == null || name.startsWith("_") || ("checkbox".equals(type) || "radio".equals(type)) && !attributes.contains("checked")) {
				continue;
			}
			fields.add(name, attribute(attributes, "value") == null ? "" : org.springframework.web.util.HtmlUtils.htmlUnescape(attribute(attributes, "value")));
		}
		Matcher select = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(form);
		while (select.find()) {
			Matcher chosen = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group(2));
			Matcher firstOption = Pattern.compile("<option value=\"([^\"]*)\"").matcher(select.group(2));
			fields.add(select.group(1), chosen.find() ? chosen.group(1) : firstOption.find() ? firstOption.group(1) : "");
		}
		return fields;
	}

	private static String attribute(String attributes, String name) {
		Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(attributes);
		return m.find() ? m.group(1) : null;
	}

	private static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> values) {
		org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
		values.forEach(params::add);
		return params;
	}

	private static void assertCellsNamedAndIdsUnique(String html) {
		List<String> ids = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(html).results().map(m -> m.group(1)).toList();
		assertThat(ids).doesNotHaveDuplicates();
		Pattern.compile("<td\\b[^>]*>").matcher(html).results()
			.forEach(cell -> assertThat(cell.group()).containsPattern("data-label=\"[^\"]+\""));
		Pattern.compile("<label[^>]*\\sfor=\"([^\"]+)\"").matcher(html).results()
			.forEach(label -> assertThat(ids).as("label for " + label.group(1)).contains(label.group(1)));
	}

}
