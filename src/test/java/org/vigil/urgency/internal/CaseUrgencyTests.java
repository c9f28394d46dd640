package org.vigil.urgency.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.cases.Reliability;
import org.vigil.urgency.UrgencyLevel;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A case's urgency as its team reads it: in the API, in the reader's language, on the case page; kept current as facts and time change. */
class CaseUrgencyTests extends UrgencyIntegrationTest {

	@Autowired
	private Recomputation recomputation;

	@Test
	void aNewCaseIsWatchedAndAsksWhereThePeopleAre() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		JsonNode urgency = urgency(researcher, caseId);
		assertThat(urgency.get("level").asString()).isEqualTo("WATCH");
		assertThat(urgency.get("reasons").get(0).asString()).isEqualTo("Nothing is recorded yet of where the people are.");
		assertThat(urgency.get("nextStep").asString()).isEqualTo("Record where the people are held.");
		assertThat(urgency.get("assessedAt").asString()).isNotBlank();
	}

	@Test
	void theSampleCaseIsImminentWithItsReasonInPlainWords() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Five refugees facing forced return", "CN");
		expectTransferToHelong(caseId);
		JsonNode urgency = urgency(researcher, caseId);
		assertThat(urgency.get("level").asString()).isEqualTo("IMMINENT");
		assertThat(urgency.get("reasons").get(0).asString()).matches("Expected transfer to Helong \\(Jilin\\), \\d+ km from the border of "
				+ "North Korea, reported as imminent by a usually reliable source 2 days ago\\.");
		assertThat(urgency.get("nextStep").asString()).isEqualTo("No appeal sent yet.");
		int km = Integer.parseInt(urgency.get("reasons").get(0).asString().replaceAll(".*, (\\d+) km .*", "$1"));
		assertThat(km).as("Helong lies a few kilometres from the border").isBetween(1, 50);
	}

	@Test
	void theReasonsAreInTheReadersLanguage() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		expectTransferToHelong(caseId);
		JsonNode korean = read(mvc.perform(api(get("/api/cases/" + caseId + "/urgency").param("lang", "ko"), researcher)).andReturn());
		assertThat(korean.get("reasons").get(0).asString()).contains("북한", "2일 전", "대체로 신뢰할 수 있는 출처");
		JsonNode chinese = read(mvc.perform(api(get("/api/cases/" + caseId + "/urgency").param("lang", "zh"), researcher)).andReturn());
		assertThat(chinese.get("reasons").get(0).asString()).contains("朝鲜", "2天前");
	}

	@Test
	void someoneOutsideTheTeamIsToldTheCaseDoesNotExist() throws Exception {
		UUID caseId = openCase(user(newTeam()), "Five refugees", "CN");
		mvc.perform(api(get("/api/cases/" + caseId + "/urgency"), user(newTeam()))).andExpect(status().isNotFound());
	}

	@Test
	void closingTheCaseMakesItDormant() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		expectTransferToHelong(caseId);
		mvc.perform(api(put("/api/cases/" + caseId), researcher).content("""
				{"title": "Five refugees", "countryOfCustody": "CN", "countryOfFearedReturn": "KP", "status": "CLOSED",
				 "priority": "URGENT", "version": 0}""")).andExpect(status().isOk());
		awaitListeners(); // the case's change is assessed after it committed
		JsonNode urgency = urgency(researcher, caseId);
		assertThat(urgency.get("level").asString()).isEqualTo("DORMANT");
		assertThat(urgency.get("reasons").get(0).asString()).isEqualTo("The case is closed.");
	}

	@Test
	void aTransferDrawingNearIsImminentOnceTheScheduleRunsAgain() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		whereabouts.expectTransfer(caseId, UrgencyTestSources.HELONG, clock.today().plusDays(10), Certainty.REPORTED, Reliability.HIGH,
				clock.today());
		reassessment.reassess(caseId);
		assertThat(urgency(researcher, caseId).get("level").asString()).isEqualTo("HIGH");
		clock.advance(Duration.ofDays(4));
		recomputation.all();
		assertThat(urgency(researcher, caseId).get("level").asString()).isEqualTo("IMMINENT");
	}

	@Test
	void casesAssessedTogetherGetTheAssessmentEachWouldGetAloneAndEachNewlyImminentOneIsAlertedOnce() throws Exception {
		TestUser researcher = user(newTeam());
		UUID nearTheBorder = openCase(researcher, "Five refugees", "CN");
		UUID farFromIt = openCase(researcher, "Two refugees", "CN");
		UUID alsoNear = openCase(researcher, "Three refugees", "CN");
		LocalDate today = clock.today();
		for (UUID caseId : List.of(nearTheBorder, alsoNear)) {
			whereabouts.expectTransfer(caseId, UrgencyTestSources.HELONG, null, Certainty.IMMINENT, Reliability.MEDIUM, today.minusDays(2));
		}
		whereabouts.hold(farFromIt, UrgencyTestSources.SHENYANG, today);

		Map<UUID, StoredAssessment> together = reassessment.reassess(List.of(nearTheBorder, farFromIt, alsoNear, UUID.randomUUID()));
		assertThat(together).containsOnlyKeys(nearTheBorder, farFromIt, alsoNear);
		assertThat(together.get(nearTheBorder).level()).isEqualTo(UrgencyLevel.IMMINENT);
		assertThat(together.get(farFromIt).level()).isEqualTo(UrgencyLevel.WATCH);
		for (UUID caseId : together.keySet()) {
			StoredAssessment alone = reassessment.reassess(caseId).orElseThrow();
			assertThat(alone.reasons()).as("the reasons of %s", caseId).isEqualTo(together.get(caseId).reasons());
			assertThat(alone.nextStep()).isEqualTo(together.get(caseId).nextStep());
			assertThat(alone.levelSince()).as("the level did not change again")
				.isCloseTo(together.get(caseId).levelSince(), within(1, ChronoUnit.MILLIS)); // stored to the microsecond
		}
		recomputation.all();
		assertThat(jdbc.queryForObject("select count(*) from urgency_alerts where case_id in (?, ?)", Integer.class, nearTheBorder, alsoNear))
			.as("one alert each").isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from urgency_alerts where case_id = ?", Integer.class, farFromIt)).isZero();
	}

	@Test
	void someoneHeldFarFromTheBorderIsWatchedWithTheDistance() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		whereabouts.hold(caseId, UrgencyTestSources.SHENYANG, clock.today());
		reassessment.reassess(caseId);
		JsonNode urgency = urgency(researcher, caseId);
		assertThat(urgency.get("level").asString()).isEqualTo("WATCH");
		assertThat(urgency.get("reasons").get(0).asString()).matches("Held in Shenyang \\(Liaoning\\), \\d{3} km from the border of North "
				+ "Korea, believed by a usually reliable source today\\.");
	}

	@Test
	void theCasePageLoadsItsUrgencySection() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		expectTransferToHelong(caseId);
		var session = signIn(researcher);
		String page = mvc.perform(get("/cases/" + caseId).session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("hx-get=\"/cases/" + caseId + "/urgency/section\"");
		String section = mvc.perform(get("/cases/" + caseId + "/urgency/section").header("HX-Request", "true").session(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(section).doesNotContain("<html").contains("urgency-imminent", "Imminent", "Expected transfer to Helong (Jilin)",
				"No appeal sent yet.");
	}

	@Test
	void theUrgencySectionIsAPageOfItsOwnWithoutHtmx() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		String page = mvc.perform(get("/cases/" + caseId + "/urgency/section").session(signIn(researcher))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<header class=\"site-header\">", "Nothing is recorded yet of where the people are.");
	}

}
