package org.vigil.drafting;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vigil.accounts.Role;
import org.vigil.cases.internal.SampleCases;
import org.vigil.directory.Addressees;
import org.vigil.directory.Authority;
import org.vigil.directory.Suggestion;
import org.vigil.directory.SuggestionFacts;
import org.vigil.law.Instrument;
import org.vigil.law.Instruments;
import org.vigil.law.Participation;
import org.vigil.law.StateParticipation;
import org.vigil.support.WebIntegrationTest;
import org.vigil.whereabouts.CustodyFact;
import org.vigil.whereabouts.WhereaboutsFacts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The urgent appeal Vigil writes from a case's facts, read as its addressee would read it: the sample
 * case, and three others in other states of custody — facts, not wording, are asserted.
 */
class UrgentAppealDraftingTests extends WebIntegrationTest {

	private static final String COI = "A/HRC/25/63 (2014), commission of inquiry on the DPRK";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK);

	private static final DateTimeFormatter KO_DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.KOREAN);

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Addressees addressees;

	@Autowired
	private WhereaboutsFacts whereabouts;

	@Autowired
	private StateParticipation participation;

	@Autowired
	private Instruments instruments;

	@Test
	void theSampleCasesLetterHoldsEveryPartWithTheCasesFactsAndNoIdentity() throws Exception {
		UUID caseId = SampleCases.record(context);
		JsonNode drafted = generate(user(SampleCases.TEAM), caseId, "CN", List.of("CAT/C/CHN/CO/5", COI));
		assertThat(drafted.get("status").asString()).isEqualTo("DRAFT");
		String subject = drafted.get("subject").asString();
		String body = drafted.get("body").asString();
		String addressee = drafted.get("addressee").asString();
		String asks = drafted.get("asks").asString();

		assertThat(subject).contains("Refugee group A", "China", "North Korea");
		assertThat(addressee).contains("Xi Jinping", "President of the People's Republic of China", "Zhongnanhai", "Beijing 100017");
		// The request comes first, then each part under its marker, in the letter's order.
		assertThat(body).doesNotStartWith("[");
		assertThat(body).containsSubsequence("North Korea", "[facts]", "[urgency]", "[risks]", "[legalArgument]", "[closing]");
		assertThat(body).contains("Refugee group A", "5 people");

		// Custody and whereabouts, with places, dates and distances.
		assertThat(body).containsSubsequence("Shenyang", "Yanji", "Helong");
		CustodyFact held = whereabouts.of(caseId).currentCustody().get(0);
		assertThat(body).contains(DAY.format(held.from().latest()));
		// One group alone is counted once; the arrest "last week" and the move to Yanji by the report leave the time in
		// Shenyang within one span, said as such rather than "from a span to a span".
		assertThat(section(body, "facts")).contains("This letter concerns Refugee group A, 5 people in all.")
			.containsPattern("Refugee group A was held in Shenyang[^.]* for a time during \\d")
			.doesNotContainPattern("held in Shenyang[^.]* from [^.]* to ");
		assertThat(km(body, "Helong lies (\\d+) km southwest of Yanji")).isBetween(40L, 75L);
		assertThat(km(body, "Helong is (\\d+) km from the border of North Korea")).isBetween(15L, 40L);
		assertThat(km(body, "Yanji is (\\d+) km from the border of North Korea")).isBetween(15L, 40L);

		// Why it is urgent, what they face if returned, the legal argument with treaty years and symbols.
		assertThat(section(body, "urgency")).contains("Helong");
		assertThat(section(body, "risks")).contains("torture", "A/HRC/25/63");
		String legal = section(body, "legalArgument");
		assertThat(legal).contains("Convention against Torture (1988)", "1951 Refugee Convention (1982)", "1967 Protocol (1982)",
				"CAT/C/CHN/CO/5", "customary");
		assertThat(legal).contains("China has signed the Covenant on Civil and Political Rights (1998)", "VCLT art. 18");
		assertNoTreatyBindsANonParty("CN", "China", body);

		assertThat(asks).contains("Do not return", "third country", "UNHCR");
		// The group's identity note and the sources stay in the case.
		assertThat(body + subject + asks).doesNotContain("Three men and two women", "Contact near Yanji", "Relative of one");
	}

	@Test
	void anUnverifiedSourceStaysOutOfTheLetterUnlessTheDrafterConfirmsIt() throws Exception {
		UUID caseId = SampleCases.record(context);
		String body = generate(user(SampleCases.TEAM), caseId, "CN", List.of()).get("body").asString();
		assertThat(body).doesNotContain("CAT/C/CHN/CO/5", "A/HRC/25/63").contains("Convention against Torture (1988)");
	}

	@Test
	void aCaseInMalaysiaPartyToNeitherTheRefugeeConventionNorTheTortureConventionRestsOnCustomaryLaw() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = caseOf(researcher, "Rohingya family held in Kuala Lumpur", "MY", "MM");
		person(researcher, caseId, "Family B", 4, "ASYLUM_SEEKER");
		JsonNode drafted = generate(researcher, caseId, "MY", List.of());
		String body = drafted.get("body").asString();
		assertThat(drafted.get("subject").asString()).contains("Malaysia", "Myanmar");
		assertThat(section(body, "legalArgument")).contains("customary").doesNotContain("Malaysia is party to the Convention against Torture")
			.doesNotContain("Malaysia is party to the 1951 Refugee Convention");
		assertNoTreatyBindsANonParty("MY", "Malaysia", body);
		assertThat(drafted.get("asks").asString()).contains("Myanmar").doesNotContain("children");
	}

	@Test
	void aCaseInThailandWithAChildAsksForTheChildrensReleaseAndCitesTheTortureConventionNotTheRefugeeConvention() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = caseOf(researcher, "Mother and child held in Bangkok", "TH", "KP");
		person(researcher, caseId, "Child C", 1, "CHILD");
		// Thailand's rows in the shipped law data are not verified yet: the drafter confirms the two they checked.
		JsonNode drafted = generate(researcher, caseId, "TH", List.of("CAT", "CRC"));
		String body = drafted.get("body").asString();
		assertThat(section(body, "facts")).contains("Child C", "Children are among them");
		assertThat(section(body, "legalArgument")).contains("Convention against Torture (2007)", "Convention on the Rights of the Child")
			.doesNotContain("Thailand is party to the 1951 Refugee Convention");
		assertNoTreatyBindsANonParty("TH", "Thailand", body);
		assertThat(drafted.get("asks").asString()).contains("Release the children");
	}

	@Test
	void aCaseInRussiaCitesItsRefugeeConventionAndTortureConventionWithTheirYearsOnceTheDrafterConfirmsTheUnverifiedRows() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = caseOf(researcher, "Two workers held in Vladivostok", "RU", "KP");
		person(researcher, caseId, "Worker D", 2, "ASYLUM_SEEKER");
		String unconfirmed = generate(researcher, caseId, "RU", List.of()).get("body").asString();
		assertThat(section(unconfirmed, "legalArgument")).as("Russia's rows are unverified").doesNotContain("Russia is party to")
			.contains("customary");
		String body = generate(researcher, caseId, "RU", List.of("CAT", "REFUGEE-1951")).get("body").asString();
		assertThat(section(body, "legalArgument")).contains("1951 Refugee Convention (1993)", "Convention against Torture (1987)");
		assertNoTreatyBindsANonParty("RU", "Russia", body);
	}

	@Test
	void aLargeGroupFollowedForYearsIsCountedInTheRequestListedOnceAndItsEarlierCustodySummedUp() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = caseOf(researcher, "Twelve workers held in Yanji", "CN", "KP");
		List<String> personIds = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			personIds.add(read(mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher).content(json.writeValueAsString(
					Map.of("kind", "INDIVIDUAL", "publicLabel", "Worker " + i, "role", "AT_RISK"))))
				.andExpect(status().isCreated()).andReturn()).get("id").asString());
		}
		// Worker 1: five past periods, in Yanji then Helong, and held in Helong now.
		String yanji = placeId("Yanji");
		String helong = placeId("Helong");
		LocalDate start = LocalDate.of(2026, 3, 2);
		for (int i = 0; i < 6; i++) {
			Map<String, Object> entry = new LinkedHashMap<>(Map.of("personId", personIds.get(0), "kind", "CUSTODY",
					"place", Map.of("placeId", i < 3 ? yanji : helong), "date", Map.of("earliest", start.plusDays(10L * i).toString()),
					"certainty", "CONFIRMED"));
			if (i < 5) {
				entry.put("until", Map.of("earliest", start.plusDays(10L * i + 5).toString()));
			}
			mvc.perform(api(post("/api/cases/" + caseId + "/whereabouts"), researcher).content(json.writeValueAsString(entry)))
				.andExpect(status().isCreated());
		}

		JsonNode drafted = generate(researcher, caseId, "CN", List.of());
		String facts = section(drafted.get("body").asString(), "facts");
		assertThat(drafted.get("subject").asString()).contains("12 people").doesNotContain("Worker");
		assertThat(drafted.get("asks").asString()).contains("12 people").doesNotContain("Worker");
		for (int i = 1; i <= 12; i++) {
			assertThat(Pattern.compile("Worker " + i + "(?!\\d)").matcher(facts).find()).as("Worker " + i + " in the facts").isTrue();
		}
		// The three earliest periods in one sentence: how many, from the first day to the last, where.
		assertThat(facts).contains("3 times", DAY.format(start), DAY.format(start.plusDays(25)))
			.doesNotContain(DAY.format(start.plusDays(10)), DAY.format(start.plusDays(15)));
		// The two latest past periods and the current one, each told.
		assertThat(facts).contains(DAY.format(start.plusDays(30)), DAY.format(start.plusDays(35)), DAY.format(start.plusDays(40)),
				DAY.format(start.plusDays(45)), DAY.format(start.plusDays(50)));
		assertThat(Pattern.compile("Worker 1 was held in").matcher(facts).results().count()).isEqualTo(2);
	}

	private String placeId(String name) throws Exception {
		return read(mvc.perform(api(get("/api/places/resolve").param("q", name).param("country", "CN"), user(newTeam())))
			.andExpect(status().isOk()).andReturn()).get(0).get("id").asString();
	}

	@Test
	void aGeneratedDraftIsInChineseWithTheChineseSalutationAndPlaces() throws Exception {
		UUID caseId = SampleCases.record(context);
		JsonNode drafted = generate(user(SampleCases.TEAM), caseId, "CN", List.of(), "zh");
		assertThat(drafted.get("subject").asString()).contains("朝鲜", "中国");
		String body = drafted.get("body").asString();
		// The gazetteer's Chinese names, simplified, with the province first; no Latin name left, in urgency's reasons either.
		assertThat(section(body, "facts")).containsSubsequence("沈阳", "延吉", "和龙").contains("吉林省", "辽宁省");
		assertThat(section(body, "urgency")).contains("和龙");
		assertThat(body).doesNotContain("Shenyang", "Yanji", "Helong", "Jilin", "Liaoning", "瀋陽", "和龍");
		assertThat(km(body, "和龙位于延吉西南方向(\\d+)公里")).isBetween(40L, 75L);
		assertThat(km(body, "和龙距朝鲜边境(\\d+)公里")).isBetween(15L, 40L);
		// The treaty China signed without ratifying, by its Chinese name.
		assertThat(section(body, "legalArgument")).contains("中国已签署《公民权利和政治权利国际公约》（1998）但尚未批准").doesNotContain("Covenant");
	}

	/**
	 * The sample case's letter in Korean, read for its facts: the places as Korean writes them (연길, not Yanji),
	 * the days, the distances, the treaties with the years the law data gives and no state said to be party
	 * to a treaty it is not party to, and no identity.
	 */
	@Test
	void theSampleCasesLetterInKoreanGivesItsFactsWithThePlacesInHangul() throws Exception {
		UUID caseId = SampleCases.record(context);
		JsonNode drafted = generate(user(SampleCases.TEAM), caseId, "CN", List.of("CAT/C/CHN/CO/5", COI), "ko");
		String subject = drafted.get("subject").asString();
		String body = drafted.get("body").asString();
		String asks = drafted.get("asks").asString();
		assertThat(subject).contains("Refugee group A", "중국", "북한");

		String facts = section(body, "facts");
		assertThat(facts).containsSubsequence("랴오닝성", "지린성 연길", "지린성 화룡").contains("5명");
		assertThat(body.substring(0, body.indexOf("[facts]"))).as("the request names where they are held").contains("지린성 연길");
		assertThat(section(body, "urgency")).contains("화룡", "연길");
		assertThat(body + subject + asks).doesNotContain("Shenyang", "Yanji", "Helong", "Jilin", "Liaoning");

		// The day they were taken to Yanji, known within a span: both ends, the year once.
		CustodyFact held = whereabouts.of(caseId).currentCustody().get(0);
		LocalDate first = held.from().earliest();
		LocalDate last = held.from().latest();
		assertThat(facts).contains(KO_DAY.format(first) + "에서 "
				+ (first.getYear() == last.getYear() ? last.getMonthValue() + "월 " + last.getDayOfMonth() + "일" : KO_DAY.format(last)));

		assertThat(km(body, "화룡은\\(는\\) 연길에서 남서쪽으로 (\\d+)km")).isBetween(40L, 75L);
		assertThat(km(body, "화룡은\\(는\\) 북한 국경에서 (\\d+)km")).isBetween(15L, 40L);
		assertThat(km(body, "연길은\\(는\\) 북한 국경에서 (\\d+)km")).isBetween(15L, 40L);

		String legal = section(body, "legalArgument");
		assertThat(partyYears(legal, "중국")).contains(1988, 1982);
		assertThat(legal).contains("중국은(는) 시민적 및 정치적 권리에 관한 국제규약에 서명했으나(1998) 비준하지 않았습니다")
			.doesNotContain("Covenant");
		assertNoPartyClaimBeyondTheLawData("CN", "중국", legal);
		assertNoPartyClaimBeyondTheLawData("KP", "북한", legal);

		assertThat(body + subject + asks).doesNotContain("Three men and two women", "Contact near Yanji", "Relative of one");
	}

	@Test
	void aDrafterToWhomTheIdentitiesAreRevealedHasTheLetterNameThePeopleAndSayThatItHoldsTheirNames() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = caseOf(researcher, "Two workers held in Vladivostok", "RU", "KP");
		named(researcher, caseId, "Worker D", "Ri Sun-hui");
		reveal(researcher, caseId);

		JsonNode drafted = read(mvc.perform(order(researcher, caseId, "RU", List.of(), "en", true))
			.andExpect(status().isCreated()).andReturn());
		String body = drafted.get("body").asString();
		assertThat(section(body, "facts")).contains("Worker D is Ri Sun-hui");
		assertThat(body.substring(0, body.indexOf("[facts]"))).as("the request says the letter holds names")
			.contains("holds the names");
		assertThat(drafted.get("subject").asString()).as("subjects are listed where names are not shown").doesNotContain("Ri Sun-hui");
		mvc.perform(api(get("/api/cases/" + caseId + "/appeals/" + drafted.get("id").asString() + "/warnings"), researcher))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void aDrafterToWhomTheIdentitiesAreNotRevealedIsRefusedANamingLetterAndGetsOneByLabelsOnly() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = caseOf(researcher, "Two workers held in Vladivostok", "RU", "KP");
		named(researcher, caseId, "Worker D", "Ri Sun-hui");

		mvc.perform(order(researcher, caseId, "RU", List.of(), "en", true))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("NAMES_NOT_REVEALED"));
		String body = generate(researcher, caseId, "RU", List.of()).get("body").asString();
		assertThat(body).contains("Worker D").doesNotContain("Ri Sun-hui", "holds the names");
	}

	@Test
	void anAddresseeTheDirectoryDoesNotHoldIsRefusedNamingTheField() throws Exception {
		UUID caseId = SampleCases.record(context);
		mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), user(SampleCases.TEAM)).content(json.writeValueAsString(Map.of(
				"kind", "URGENT_APPEAL", "language", "en", "generate", true, "addresseeIds", List.of(UUID.randomUUID())))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("addresseeIds")));
		mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), user(SampleCases.TEAM)).content(json.writeValueAsString(Map.of(
				"kind", "URGENT_APPEAL", "language", "en", "generate", true))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("addresseeIds")));
	}

	@Test
	void editsThatDropACitationOrNameAProtectedPersonAreWarnedOfWithoutRepeatingTheName() throws Exception {
		TestUser researcher = user(SampleCases.TEAM);
		UUID caseId = SampleCases.record(context);
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher)
			.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Refugee E\", \"name\": \"Ri Sun-hui\"}"))
			.andExpect(status().isCreated());
		JsonNode drafted = generate(researcher, caseId, "CN", List.of("CAT/C/CHN/CO/5"));
		String appealUrl = "/api/cases/" + caseId + "/appeals/" + drafted.get("id").asString();
		mvc.perform(api(get(appealUrl + "/warnings"), researcher)).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));

		String edited = drafted.get("body").asString().replace("CAT/C/CHN/CO/5", "the Committee's observations")
				+ "\n\nWe ask in particular about Ri Sun-hui.";
		Map<String, Object> change = new HashMap<>(Map.of("addressee", drafted.get("addressee").asString(), "language", "en",
				"subject", drafted.get("subject").asString(), "asks", drafted.get("asks").asString(), "body", edited, "version", 0));
		mvc.perform(api(put(appealUrl), researcher).content(json.writeValueAsString(change))).andExpect(status().isOk());

		JsonNode warnings = read(mvc.perform(api(get(appealUrl + "/warnings"), researcher)).andExpect(status().isOk()).andReturn());
		List<String> kinds = new ArrayList<>();
		warnings.forEach(w -> kinds.add(w.get("kind").asString()));
		assertThat(kinds).containsExactly("CITATION_REMOVED", "PROTECTED_IDENTITY");
		assertThat(warnings.get(0).get("subject").asString()).isEqualTo("CAT/C/CHN/CO/5");
		assertThat(warnings.toString()).doesNotContain("Ri Sun-hui");
	}

	@Test
	void fromTheDraftingPageToTheApprovedLettersPdfWithASubmissionThatAsksToConfirmItsWarnings() throws Exception {
		TestUser researcher = user(SampleCases.TEAM);
		TestUser reviewer = user(SampleCases.TEAM, Role.REVIEWER);
		UUID caseId = SampleCases.record(context);
		MockHttpSession session = signIn(researcher);
		Suggestion suggestion = addressees.suggest(new SuggestionFacts("CN", "police"));
		mvc.perform(get("/cases/" + caseId + "/appeals").header("HX-Request", "true").session(session))
			.andExpect(content().string(containsString("/cases/" + caseId + "/drafting/urgent-appeal")));
		mvc.perform(get("/cases/" + caseId + "/drafting/urgent-appeal").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + suggestion.addressees().get(0).id() + "\" checked")))
			.andExpect(content().string(containsString("CAT/C/CHN/CO/5")));

		var order = post("/cases/" + caseId + "/appeals/generate").session(session).with(csrf()).param("kind", "URGENT_APPEAL")
			.param("language", "en").param("confirmed", "CAT/C/CHN/CO/5");
		suggestion.addressees().forEach(a -> order.param("addresseeIds", a.id().toString()));
		suggestion.copies().forEach(a -> order.param("copyIds", a.id().toString()));
		String location = mvc.perform(order).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		UUID appealId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		String appealUrl = "/api/cases/" + caseId + "/appeals/" + appealId;
		JsonNode appeal = read(mvc.perform(api(get(appealUrl), researcher)).andReturn());

		// The drafter adds a place the timeline does not know: the page warns, and submitting asks to confirm.
		Map<String, Object> change = new HashMap<>(Map.of("addressee", appeal.get("addressee").asString(), "language", "en",
				"subject", appeal.get("subject").asString(), "asks", appeal.get("asks").asString(),
				"body", appeal.get("body").asString().replace("[closing]", "They may be taken on to Tumen.\n\n[closing]"), "version", 0));
		mvc.perform(api(put(appealUrl), researcher).content(json.writeValueAsString(change))).andExpect(status().isOk());
		mvc.perform(get("/cases/" + caseId + "/appeals/" + appealId).session(session))
			.andExpect(content().string(containsString("data-kind=\"UNKNOWN_PLACE\"")));
		mvc.perform(post("/cases/" + caseId + "/appeals/" + appealId + "/submit").session(session).with(csrf()).param("version", "1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("name=\"confirmWarnings\"")));
		mvc.perform(post("/cases/" + caseId + "/appeals/" + appealId + "/submit").session(session).with(csrf()).param("version", "1")
				.param("confirmWarnings", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(api(post(appealUrl + "/approve"), reviewer).content(json.writeValueAsString(Map.of("version", 2, "password", PASSWORD))))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));

		byte[] pdf = mvc.perform(api(get(appealUrl + "/pdf"), researcher).accept("application/pdf"))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			// The template's headings, the letter's facts and the copies the drafter accepted.
			assertThat(text).contains("The facts", "Why this is urgent", "What they face if returned", "Helong", "Copies:",
					"Xi Jinping", "Tumen");
		}
	}

	/**
	 * Page 1 of the letter Vigil writes for the sample case, as approved: the picture in the README
	 * ({@code docs/letter-page-1.png}) is this page, drawn again by {@code scripts/letters/letter-page-1.sh},
	 * which runs this test with {@code -Dvigil.letters.picture=docs/letter-page-1.png}.
	 */
	@Test
	void pageOneOfTheSampleCasesApprovedLetterOpensWithTheReferenceTheAddresseeAndTheRequest() throws Exception {
		TestUser researcher = user(SampleCases.TEAM);
		UUID caseId = SampleCases.record(context);
		JsonNode drafted = generate(researcher, caseId, "CN", List.of("CAT/C/CHN/CO/5", COI));
		String appealUrl = "/api/cases/" + caseId + "/appeals/" + drafted.get("id").asString();
		mvc.perform(api(post(appealUrl + "/submit"), researcher).content("{\"version\": 0}")).andExpect(status().isOk());
		mvc.perform(api(post(appealUrl + "/approve"), user(SampleCases.TEAM, Role.REVIEWER))
				.content(json.writeValueAsString(Map.of("version", 1, "password", PASSWORD))))
			.andExpect(jsonPath("$.status").value("APPROVED"));
		byte[] pdf = mvc.perform(api(get(appealUrl + "/pdf"), researcher).accept("application/pdf"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(1);
			String pageOne = stripper.getText(document).replaceAll("\\s+", " ");
			String reference = read(mvc.perform(api(get("/api/cases/" + caseId), researcher)).andReturn()).get("reference").asString();
			assertThat(pageOne).containsSubsequence(reference, "Xi Jinping", "Zhongnanhai", drafted.get("subject").asString(),
					"North Korea");
			String picture = System.getProperty("vigil.letters.picture");
			if (picture != null) {
				BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 80, ImageType.RGB);
				ImageIO.write(page, "png", Path.of(picture).toFile());
			}
		}
	}

	private JsonNode generate(TestUser user, UUID caseId, String custodyState, List<String> confirmed) throws Exception {
		return generate(user, caseId, custodyState, confirmed, "en");
	}

	private JsonNode generate(TestUser user, UUID caseId, String custodyState, List<String> confirmed, String language) throws Exception {
		return read(mvc.perform(order(user, caseId, custodyState, confirmed, language, false)).andExpect(status().isCreated()).andReturn());
	}

	/** The request that has Vigil draft the urgent appeal to the suggested authorities of the custody state. */
	private MockHttpServletRequestBuilder order(TestUser user, UUID caseId, String custodyState, List<String> confirmed, String language,
			boolean includeIdentities) throws Exception {
		Suggestion suggestion = addressees.suggest(new SuggestionFacts(custodyState, "police"));
		assertThat(suggestion.addressees()).as("the shipped directory's authorities of " + custodyState).isNotEmpty();
		return api(post("/api/cases/" + caseId + "/appeals"), user).content(json.writeValueAsString(Map.of(
				"kind", "URGENT_APPEAL", "language", language, "generate", true,
				"addresseeIds", suggestion.addressees().stream().map(Authority::id).toList(),
				"copyIds", suggestion.copies().stream().map(Authority::id).toList(), "confirmed", confirmed,
				"includeIdentities", includeIdentities)));
	}

	private UUID caseOf(TestUser user, String title, String custody, String feared) throws Exception {
		return UUID.fromString(read(mvc.perform(api(post("/api/cases"), user).content(json.writeValueAsString(Map.of("title", title,
				"countryOfCustody", custody, "countryOfFearedReturn", feared, "summary", "summary", "priority", "URGENT"))))
			.andExpect(status().isCreated()).andReturn()).get("id").asString());
	}

	private void person(TestUser user, UUID caseId, String label, int count, String category) throws Exception {
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), user).content(json.writeValueAsString(Map.of("kind",
				count > 1 ? "GROUP" : "INDIVIDUAL", "publicLabel", label, "numberOfPersons", count, "role", "AT_RISK",
				"categories", List.of(category)))))
			.andExpect(status().isCreated());
	}

	private void named(TestUser user, UUID caseId, String label, String name) throws Exception {
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), user).content(json.writeValueAsString(Map.of("kind", "INDIVIDUAL",
				"publicLabel", label, "name", name, "role", "AT_RISK"))))
			.andExpect(status().isCreated());
	}

	/** The years a Korean letter gives for the treaties it says the state is party to: "중국은(는) 고문방지협약의 당사국입니다(1988)". */
	private static List<Integer> partyYears(String legal, String stateName) {
		Matcher claim = Pattern.compile(Pattern.quote(stateName) + "은\\(는\\) [^.:]*?의 당사국(?:입니다|이기도 합니다)\\((\\d{4})\\)").matcher(legal);
		List<Integer> years = new ArrayList<>();
		while (claim.find()) {
			years.add(Integer.parseInt(claim.group(1)));
		}
		return years;
	}

	/**
	 * Each treaty a Korean letter says the state is party to carries a year in which the law data has the state
	 * become party to a treaty: a treaty it only signed (China, the Covenant, 1998) is not said to bind it.
	 */
	private void assertNoPartyClaimBeyondTheLawData(String state, String stateName, String legal) {
		List<Integer> partyYears = participation.of(state).stream().filter(Participation::isParty).filter(row -> row.date() != null)
			.map(row -> row.date().getYear()).toList();
		assertThat(partyYears(legal, stateName)).as(stateName + " is party to what the law data says, in " + partyYears)
			.allMatch(partyYears::contains);
	}

	/** No sentence says the state is party to a treaty the law data says it is not party to. */
	private void assertNoTreatyBindsANonParty(String state, String stateName, String body) {
		for (Participation row : participation.of(state)) {
			if (row.isParty()) {
				continue;
			}
			Instrument instrument = instruments.of(row.instrument());
			assertThat(body).as(stateName + " is not party to " + instrument.shortName())
				.doesNotContain(stateName + " is party to the " + instrument.shortName() + " (")
				.doesNotContain(stateName + " is party to the " + instrument.officialName());
		}
	}

	/** The text of one part of the body, from its marker to the next. */
	private static String section(String body, String key) {
		int start = body.indexOf("[" + key + "]");
		assertThat(start).as("the part " + key).isNotNegative();
		int end = body.indexOf("\n[", start + 1);
		return body.substring(start, end < 0 ? body.length() : end);
	}

	private static long km(String body, String sentence) {
		Matcher matcher = Pattern.compile(sentence).matcher(body);
		assertThat(matcher.find()).as(sentence + " in " + body).isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
