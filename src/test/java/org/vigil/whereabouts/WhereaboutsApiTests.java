package org.vigil.whereabouts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whereabouts API as a caller meets it: entries recorded with places from the gazetteer and their
 * distance to the border of the country of feared return, doubtful entries refused with their flags
 * until confirmed, corrections and removals on the version loaded, bad input answered 400 naming the
 * field, other teams answered 404, and every change announced to the modules that depend on it.
 */
@RecordApplicationEvents
class WhereaboutsApiTests extends WebIntegrationTest {

	@Autowired
	private ApplicationEvents events;

	@Autowired
	private WhereaboutsFacts facts;

	/** How many of each person's latest entries the map draws. */
	private static final int MAP_POINTS = 50;

	private final LocalDate today = LocalDate.now();

	private UUID person(TestUser user, UUID caseId) throws Exception {
		return UUID.fromString(read(mvc.perform(api(post("/api/cases/" + caseId + "/persons"), user)
			.content("{\"kind\": \"GROUP\", \"publicLabel\": \"Refugee group A\", \"numberOfPersons\": 5}"))
			.andExpect(status().isCreated()).andReturn()).get("id").asString());
	}

	private Map<String, Object> entry(UUID personId, String kind, String placeId, LocalDate on) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("personId", personId);
		entry.put("kind", kind);
		entry.put("place", Map.of("placeId", placeId));
		entry.put("date", Map.of("earliest", on.toString()));
		return entry;
	}

	private String placeId(String name) throws Exception {
		return read(mvc.perform(api(get("/api/places/resolve").param("q", name).param("country", "CN"), user(newTeam())))
			.andExpect(status().isOk()).andReturn()).get(0).get("id").asString();
	}

	private JsonNode record(TestUser user, UUID caseId, Map<String, Object> body, int status) throws Exception {
		return read(mvc.perform(api(post("/api/cases/" + caseId + "/whereabouts"), user).content(json.writeValueAsString(body)))
			.andExpect(status().is(status)).andReturn());
	}

	@Test
	void anExpectedTransferToHelongIsListedWithItsDistanceToTheBorderOfNorthKorea() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Transfer to Helong", "CN");
		UUID personId = person(researcher, caseId);
		Map<String, Object> transfer = entry(personId, "TRANSFER", placeId("Helong"), today.plusDays(2));
		transfer.put("from", Map.of("placeId", placeId("Yanji")));
		transfer.put("certainty", "IMMINENT");
		record(researcher, caseId, transfer, 201);

		JsonNode answer = read(mvc.perform(api(get("/api/cases/" + caseId + "/whereabouts"), researcher)).andExpect(status().isOk()).andReturn());
		JsonNode listed = answer.get("entries").get(0);
		assertThat(answer.get("countryOfFearedReturn").asString()).isEqualTo("KP");
		assertThat(listed.get("place").get("name").asString()).isEqualTo("Helong");
		assertThat(listed.get("from").get("name").asString()).isEqualTo("Yanji");
		assertThat(listed.get("certainty").asString()).isEqualTo("IMMINENT");
		assertThat(listed.get("personLabel").asString()).isEqualTo("Refugee group A");
		// Both towns lie some 25 km from the nearest bend of the Tumen, the border.
		assertThat(listed.get("kmToFearedReturn").asDouble()).isBetween(15.0, 40.0);
		assertThat(listed.get("fromKmToFearedReturn").asDouble()).isBetween(15.0, 40.0);
	}

	private UUID source(TestUser user, UUID caseId, String label, String reliability, boolean confidential) throws Exception {
		return UUID.fromString(read(mvc.perform(api(post("/api/cases/" + caseId + "/sources"), user).content(json.writeValueAsString(Map.of(
				"label", label, "name", "Pak Yong-ho", "reliability", reliability, "confidential", confidential,
				"reportedOn", today.minusDays(2).toString(), "information", "They are to be moved to Helong."))))
			.andExpect(status().isCreated()).andReturn()).get("id").asString());
	}

	private UUID transferToHelong(TestUser researcher, UUID caseId, UUID sourceId) throws Exception {
		Map<String, Object> transfer = entry(person(researcher, caseId), "TRANSFER", placeId("Helong"), today.plusDays(2));
		transfer.put("certainty", "IMMINENT");
		transfer.put("sourceId", sourceId);
		transfer.put("reportedOn", today.minusDays(2).toString());
		record(researcher, caseId, transfer, 201);
		return sourceId;
	}

	@Test
	void anEntryNamesItsSourceWithItsReliabilityToEveryoneOnTheCaseWhenTheSourceIsNotConfidential() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser colleague = user(team);
		UUID caseId = openCase(researcher, "Open source", "CN");
		UUID sourceId = transferToHelong(researcher, caseId, source(researcher, caseId, "Church network in Yanji", "HIGH", false));

		JsonNode source = read(mvc.perform(api(get("/api/cases/" + caseId + "/whereabouts"), colleague)).andExpect(status().isOk())
			.andReturn()).get("entries").get(0).get("source");
		assertThat(source.get("id").asString()).isEqualTo(sourceId.toString());
		assertThat(source.get("label").asString()).isEqualTo("Church network in Yanji");
		assertThat(source.get("reliability").asString()).isEqualTo("HIGH");
		assertThat(source.get("withheld").asBoolean()).isFalse();
	}

	@Test
	void aConfidentialSourceAndItsReliabilityAreGivenOnlyToWhomTheCasesIdentitiesAreRevealed() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser colleague = user(team); // on the case, without the case's identity permission
		UUID caseId = openCase(researcher, "Confidential source", "CN");
		transferToHelong(researcher, caseId, source(researcher, caseId, "Contact near Yanji", "MEDIUM", true));

		reveal(researcher, caseId);
		JsonNode seen = read(mvc.perform(api(get("/api/cases/" + caseId + "/whereabouts"), researcher)).andExpect(status().isOk())
			.andReturn()).get("entries").get(0).get("source");
		assertThat(seen.get("label").asString()).isEqualTo("Contact near Yanji");
		assertThat(seen.get("reliability").asString()).isEqualTo("MEDIUM");
		assertThat(seen.get("withheld").asBoolean()).isFalse();

		String body = mvc.perform(api(get("/api/cases/" + caseId + "/whereabouts"), colleague)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		JsonNode entry = json.readTree(body).get("entries").get(0);
		assertThat(entry.get("place").get("name").asString()).as("the entry itself is there").isEqualTo("Helong");
		assertThat(entry.get("certainty").asString()).isEqualTo("IMMINENT");
		JsonNode withheld = entry.get("source");
		assertThat(withheld.get("withheld").asBoolean()).isTrue();
		assertThat(withheld.get("confidential").asBoolean()).isTrue();
		assertThat(withheld.path("label").isNull() || withheld.path("label").isMissingNode()).isTrue();
		assertThat(withheld.path("reliability").isNull() || withheld.path("reliability").isMissingNode()).isTrue();
		assertThat(body).doesNotContain("Contact near Yanji").doesNotContain("MEDIUM").doesNotContain("Pak Yong-ho");
	}

	@Test
	void theUrgencyReasonsDoNotTellAConfidentialSourcesReliabilityToAnyoneOnTheCase() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser colleague = user(team);
		UUID caseId = openCase(researcher, "Urgency on a confidential word", "CN");
		transferToHelong(researcher, caseId, source(researcher, caseId, "Contact near Yanji", "MEDIUM", true));
		awaitListeners();

		JsonNode urgency = read(mvc.perform(api(get("/api/cases/" + caseId + "/urgency"), colleague)).andExpect(status().isOk()).andReturn());
		assertThat(urgency.get("level").asString()).isEqualTo("IMMINENT");
		assertThat(urgency.get("reasons").get(0).asString()).contains("reported as imminent by a confidential source")
			.doesNotContain("reliab");
		assertThat(urgency.toString()).doesNotContain("usually reliable");
		JsonNode watched = read(mvc.perform(api(get("/api/watch-list"), colleague)).andExpect(status().isOk()).andReturn());
		assertThat(watched.toString()).contains("by a confidential source").doesNotContain("usually reliable");
	}

	@Test
	void theUrgencyReasonsStillTellANamedSourcesReliability() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Urgency on an open word", "CN");
		transferToHelong(researcher, caseId, source(researcher, caseId, "Church network in Yanji", "MEDIUM", false));
		awaitListeners();

		JsonNode urgency = read(mvc.perform(api(get("/api/cases/" + caseId + "/urgency"), researcher)).andExpect(status().isOk()).andReturn());
		assertThat(urgency.get("reasons").get(0).asString()).contains("reported as imminent by a usually reliable source");
	}

	@Test
	void recordingAnEntryAnnouncesTheChangeAndItsFactsReachOtherModules() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Facts", "CN");
		UUID personId = person(researcher, caseId);
		Map<String, Object> custody = entry(personId, "CUSTODY", placeId("Yanji"), today.minusDays(3));
		custody.put("custodian", "Public Security Bureau");
		custody.put("notes", "Seen by a cousin at the gate");
		record(researcher, caseId, custody, 201);

		assertThat(events.stream(WhereaboutsChanged.class)).contains(new WhereaboutsChanged(caseId));
		CaseWhereabouts known = facts.of(caseId);
		assertThat(known.currentCustody()).singleElement().satisfies(c -> {
			assertThat(c.place().name()).isEqualTo("Yanji");
			assertThat(c.custodian()).isEqualTo("Public Security Bureau");
			assertThat(c.personLabel()).isEqualTo("Refugee group A");
		});
		assertThat(known.lastReportedAt()).isPresent();
		assertThat(facts.of(UUID.randomUUID()).custody()).as("an unknown case").isEmpty();
	}

	@Test
	void theFactsOfManyCasesAskedTogetherAreThoseOfEachCaseAlone() throws Exception {
		TestUser researcher = user(newTeam());
		UUID held = openCase(researcher, "Held", "CN");
		record(researcher, held, entry(person(researcher, held), "CUSTODY", placeId("Yanji"), today.minusDays(3)), 201);
		UUID moved = openCase(researcher, "Moved", "CN");
		record(researcher, moved, entry(person(researcher, moved), "TRANSFER", placeId("Helong"), today.plusDays(2)), 201);
		UUID unknown = UUID.randomUUID();

		Map<UUID, CaseWhereabouts> together = facts.of(List.of(held, moved, unknown));
		assertThat(together).containsOnlyKeys(held, moved, unknown);
		assertThat(together.get(held)).isEqualTo(facts.of(held));
		assertThat(together.get(held).currentCustody()).singleElement().satisfies(c -> assertThat(c.place().name()).isEqualTo("Yanji"));
		assertThat(together.get(moved)).isEqualTo(facts.of(moved));
		assertThat(together.get(moved).expectedTransfers()).singleElement()
			.satisfies(t -> assertThat(t.to().name()).isEqualTo("Helong"));
		assertThat(together.get(unknown)).isEqualTo(CaseWhereabouts.none(unknown));
	}

	@Test
	void theStatesOfTheExpectedTransfersAreThoseOfTheWholeTimelineSoonestFirstEachOnce() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Handed on", "CN");
		UUID personId = person(researcher, caseId);
		record(researcher, caseId, entry(personId, "CUSTODY", placeId("Yanji"), today.minusDays(3)), 201);
		Map<String, Object> toHelong = entry(personId, "TRANSFER", placeId("Helong"), today.plusDays(5));
		record(researcher, caseId, toHelong, 201);
		Map<String, Object> handedToLaos = entry(personId, "TRANSFER", placeId("Dandong"), today.plusDays(2));
		handedToLaos.put("receivingState", "LA");
		record(researcher, caseId, handedToLaos, 201);
		Map<String, Object> laosAgain = entry(personId, "TRANSFER", placeId("Tumen"), today.plusDays(9));
		laosAgain.put("receivingState", "LA");
		record(researcher, caseId, laosAgain, 201);

		CaseWhereabouts timeline = facts.of(caseId);
		WhereaboutsFacts fromTheTimeline = id -> timeline;
		assertThat(facts.transferStates(caseId)).containsExactly("LA", "CN")
			.isEqualTo(fromTheTimeline.transferStates(caseId));
		assertThat(facts.transferStates(UUID.randomUUID())).as("an unknown case").isEmpty();
	}

	@Test
	void overlappingCustodyIsRefusedWithItsFlagUntilTheCallerConfirmsIt() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Overlap", "CN");
		UUID personId = person(researcher, caseId);
		record(researcher, caseId, entry(personId, "CUSTODY", placeId("Yanji"), today.minusDays(10)), 201);

		Map<String, Object> elsewhere = entry(personId, "CUSTODY", placeId("Shenyang"), today.minusDays(5));
		JsonNode refused = record(researcher, caseId, elsewhere, 409);
		assertThat(refused.get("refusal").asString()).isEqualTo("INCONSISTENT_ENTRY");
		assertThat(refused.get("flags").get(0).asString()).isEqualTo("IN_TWO_PLACES");
		assertThat(facts.of(caseId).custody()).as("nothing stored").hasSize(1);

		elsewhere.put("confirmed", List.of("IN_TWO_PLACES"));
		record(researcher, caseId, elsewhere, 201);
		mvc.perform(api(get("/api/cases/" + caseId + "/whereabouts"), researcher))
			.andExpect(jsonPath("$.entries[1].confirmedFlags", hasItem("IN_TWO_PLACES")));
	}

	@Test
	void twoCustodyPeriodsOfOnePersonThatOverlapInOnePlaceAreFlaggedAsOverlapping() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Overlap in one place", "CN");
		UUID personId = person(researcher, caseId);
		record(researcher, caseId, entry(personId, "CUSTODY", placeId("Yanji"), today.minusDays(10)), 201);

		Map<String, Object> again = entry(personId, "CUSTODY", placeId("Yanji"), today.minusDays(5));
		JsonNode refused = record(researcher, caseId, again, 409);
		assertThat(refused.get("refusal").asString()).isEqualTo("INCONSISTENT_ENTRY");
		assertThat(refused.get("flags")).extracting(JsonNode::asString).containsExactly("OVERLAPPING_CUSTODY");
		assertThat(facts.of(caseId).custody()).as("nothing stored").hasSize(1);

		UUID somebodyElse = person(researcher, caseId);
		record(researcher, caseId, entry(somebodyElse, "CUSTODY", placeId("Yanji"), today.minusDays(5)), 201);
	}

	@Test
	void aTransferBeforeTheArrestAndAPlaceOutsideTheCustodiansCountryAreFlagged() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Flags", "CN");
		UUID personId = person(researcher, caseId);
		record(researcher, caseId, entry(personId, "CUSTODY", placeId("Yanji"), today.minusDays(10)), 201);
		JsonNode early = record(researcher, caseId, entry(personId, "TRANSFER", placeId("Helong"), today.minusDays(40)), 409);
		assertThat(early.get("flags").get(0).asString()).isEqualTo("TRANSFER_BEFORE_ARREST");

		UUID other = person(researcher, caseId);
		Map<String, Object> abroad = entry(other, "CUSTODY", placeId("Yanji"), today.minusDays(1));
		abroad.put("custodianCountry", "KP");
		assertThat(record(researcher, caseId, abroad, 409).get("flags").get(0).asString()).isEqualTo("PLACE_OUTSIDE_CUSTODIAN_COUNTRY");
	}

	@Test
	void aCorrectionNeedsTheVersionItWasMadeOnAndAStaleOneSaysWhatIsSavedNow() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Versions", "CN");
		UUID personId = person(researcher, caseId);
		String entryId = record(researcher, caseId, entry(personId, "SIGHTING", placeId("Tumen"), today.minusDays(2)), 201).get("id").asString();
		Map<String, Object> corrected = entry(personId, "SIGHTING", placeId("Longjing"), today.minusDays(2));
		mvc.perform(api(put("/api/cases/" + caseId + "/whereabouts/" + entryId), researcher).content(json.writeValueAsString(corrected)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.refusal").value("VERSION_REQUIRED"));
		corrected.put("version", 0);
		mvc.perform(api(put("/api/cases/" + caseId + "/whereabouts/" + entryId), researcher).content(json.writeValueAsString(corrected)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
		mvc.perform(api(put("/api/cases/" + caseId + "/whereabouts/" + entryId), researcher).content(json.writeValueAsString(corrected)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("STALE_VERSION"))
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.current.place.name").value("Longjing"));

		mvc.perform(api(delete("/api/cases/" + caseId + "/whereabouts/" + entryId).param("version", "0"), researcher))
			.andExpect(status().isConflict());
		mvc.perform(api(delete("/api/cases/" + caseId + "/whereabouts/" + entryId).param("version", "1"), researcher))
			.andExpect(status().isNoContent());
		mvc.perform(api(get("/api/cases/" + caseId + "/whereabouts"), researcher)).andExpect(jsonPath("$.entries").isEmpty());
	}

	@Test
	void badInputIsRefusedNamingTheFieldNeverWithAServerError() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Bad input", "CN");
		UUID personId = person(researcher, caseId);
		Map<String, Object> noPlace = entry(personId, "CUSTODY", "gn:0", today);
		noPlace.remove("place");
		assertThat(field(record(researcher, caseId, noPlace, 400))).isEqualTo("place");
		assertThat(field(record(researcher, caseId, entry(personId, "CUSTODY", "gn:not-a-place", today), 400))).isEqualTo("place");
		assertThat(field(record(researcher, caseId, entry(UUID.randomUUID(), "CUSTODY", placeId("Yanji"), today), 400))).isEqualTo("personId");
		assertThat(field(record(researcher, caseId, entry(personId, "CUSTODY", placeId("Yanji"), LocalDate.of(1900, 1, 1)), 400))).isEqualTo("date");
		assertThat(field(record(researcher, caseId, entry(personId, "TRANSFER", placeId("Yanji"), today.plusYears(5)), 400))).isEqualTo("date");
		Map<String, Object> reversed = entry(personId, "CUSTODY", placeId("Yanji"), today);
		reversed.put("date", Map.of("earliest", today.toString(), "latest", today.minusDays(3).toString()));
		assertThat(field(record(researcher, caseId, reversed, 400))).isEqualTo("date");
		Map<String, Object> control = entry(personId, "CUSTODY", placeId("Yanji"), today);
		control.put("custodian", "police\u0007");
		assertThat(field(record(researcher, caseId, control, 400))).isEqualTo("custodian");
		// Beyond the edge's text rule: a line break, or an invisible direction override, in a one-line value.
		control.put("custodian", "police\nstation");
		assertThat(field(record(researcher, caseId, control, 400))).isEqualTo("custodian");
		control.put("custodian", "police\u202Estation");
		assertThat(field(record(researcher, caseId, control, 400))).isEqualTo("custodian");
		Map<String, Object> onlyLat = entry(personId, "CUSTODY", "x", today);
		onlyLat.put("place", Map.of("lat", 42.9));
		assertThat(field(record(researcher, caseId, onlyLat, 400))).isEqualTo("place");
		Map<String, Object> offEarth = entry(personId, "CUSTODY", "x", today);
		offEarth.put("place", Map.of("lat", 142.9, "lon", 129.5));
		assertThat(field(record(researcher, caseId, offEarth, 400))).isEqualTo("place.lat");
		Map<String, Object> tooMany = entry(personId, "CUSTODY", placeId("Yanji"), today);
		tooMany.put("confirmed", java.util.Collections.nCopies(11, "IN_TWO_PLACES"));
		assertThat(field(record(researcher, caseId, tooMany, 400))).isEqualTo("confirmed");
		mvc.perform(api(post("/api/cases/" + caseId + "/whereabouts"), researcher).content("{\"kind\": \"TELEPORTED\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aPointGivenByItsCoordinatesIsPlacedInTheCountryThatHoldsIt() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Coordinates", "CN");
		UUID personId = person(researcher, caseId);
		Map<String, Object> sighting = entry(personId, "SIGHTING", "x", today.minusDays(1));
		sighting.put("place", Map.of("name", "Camp by the river", "lat", 42.53, "lon", 129.0));
		record(researcher, caseId, sighting, 201);
		mvc.perform(api(get("/api/cases/" + caseId + "/whereabouts"), researcher))
			.andExpect(jsonPath("$.entries[0].place.name").value("Camp by the river"))
			.andExpect(jsonPath("$.entries[0].place.country").value("CN"))
			.andExpect(jsonPath("$.entries[0].place.placeId").doesNotExist());
	}

	@Test
	void anotherTeamFindsNoWhereaboutsAndAReviewerMayReadButNotRecord() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		UUID caseId = openCase(researcher, "Need to know", "CN");
		UUID personId = person(researcher, caseId);
		Map<String, Object> custody = entry(personId, "CUSTODY", placeId("Yanji"), today);
		mvc.perform(api(get("/api/cases/" + caseId + "/whereabouts"), user(newTeam()))).andExpect(status().isNotFound());
		mvc.perform(api(post("/api/cases/" + caseId + "/whereabouts"), user(newTeam())).content(json.writeValueAsString(custody)))
			.andExpect(status().isNotFound());
		TestUser reviewer = user(team, Role.REVIEWER);
		mvc.perform(api(get("/api/cases/" + caseId + "/whereabouts"), reviewer)).andExpect(status().isOk());
		mvc.perform(api(post("/api/cases/" + caseId + "/whereabouts"), reviewer).content(json.writeValueAsString(custody)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPastedReportAnswersItsProposalsAndAProposalIsRecordedWhenSentBack() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Report", "CN");
		UUID personId = person(researcher, caseId);
		JsonNode reading = read(mvc.perform(api(post("/api/cases/" + caseId + "/whereabouts/reports"), researcher)
				.content(json.writeValueAsString(Map.of("text", "Believed to be detained near Yanji since yesterday.",
						"reportedOn", today.toString())))).andExpect(status().isCreated()).andReturn());
		JsonNode proposal = reading.get("proposals").get(0);
		assertThat(proposal.get("kind").asString()).isEqualTo("CUSTODY");
		assertThat(proposal.get("place").get("candidates").get(0).get("name").asString()).isEqualTo("Yanji");
		assertThat(proposal.get("certainty").asString()).isEqualTo("BELIEVED");

		Map<String, Object> confirmed = entry(personId, "CUSTODY", proposal.get("place").get("candidates").get(0).get("id").asString(),
				LocalDate.parse(proposal.get("date").get("earliest").asString()));
		confirmed.put("reportId", reading.get("reportId").asString());
		confirmed.put("reportProposal", 0);
		record(researcher, caseId, confirmed, 201);
		mvc.perform(api(get("/api/cases/" + caseId + "/whereabouts"), researcher))
			.andExpect(jsonPath("$.entries[0].reportId").value(reading.get("reportId").asString()));
	}

	@Test
	void aReportWithoutTextOrDayIsRefusedNamingBoth() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Empty report", "CN");
		mvc.perform(api(post("/api/cases/" + caseId + "/whereabouts/reports"), researcher).content("{\"text\": \"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("text")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("reportedOn")))
			.andExpect(jsonPath("$.detail", containsString("Paste the text")));
	}

	@Test
	void theMapDrawsThePathToTheDestinationAndNeverAPlaceOfHiding() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Map", "CN");
		UUID personId = person(researcher, caseId);
		record(researcher, caseId, entry(personId, "CUSTODY", placeId("Yanji"), today.minusDays(5)), 201);
		Map<String, Object> transfer = entry(personId, "TRANSFER", placeId("Helong"), today.plusDays(1));
		record(researcher, caseId, transfer, 201);
		UUID hider = person(researcher, caseId);
		record(researcher, caseId, entry(hider, "HIDING", placeId("Longjing"), today.minusDays(5)), 201);

		JsonNode map = read(mvc.perform(api(get("/api/cases/" + caseId + "/whereabouts/map"), researcher)).andExpect(status().isOk()).andReturn());
		assertThat(map.get("paths")).hasSize(1);
		assertThat(map.get("paths").get(0).get("points")).hasSize(2);
		assertThat(map.get("paths").get(0).get("expectedLast").asBoolean()).isTrue();
		assertThat(map.get("places").findValuesAsString("name")).containsExactly("Yanji", "Helong");
		assertThat(map.get("places").get(1).get("role").asString()).isEqualTo("DESTINATION");
		assertThat(map.get("places").get(1).get("km").asDouble()).isLessThan(40.0);
	}

	@Test
	void aLongTimelineIsReadAPageAtATimeWithHowManyEntriesItHoldsInAll() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Paged timeline", "CN");
		UUID first = person(researcher, caseId);
		UUID second = person(researcher, caseId);
		String yanji = placeId("Yanji");
		record(researcher, caseId, entry(second, "SIGHTING", yanji, today.minusDays(30)), 201);
		record(researcher, caseId, entry(first, "SIGHTING", yanji, today.minusDays(10)), 201);
		record(researcher, caseId, entry(first, "SIGHTING", yanji, today.minusDays(20)), 201);

		String path = "/api/cases/" + caseId + "/whereabouts";
		JsonNode whole = read(mvc.perform(api(get(path), researcher)).andExpect(status().isOk()).andReturn());
		JsonNode page0 = read(mvc.perform(api(get(path).param("size", "2"), researcher)).andExpect(status().isOk()).andReturn());
		JsonNode page1 = read(mvc.perform(api(get(path).param("size", "2").param("page", "1"), researcher)).andExpect(status().isOk())
			.andReturn());
		assertThat(whole.get("entries")).hasSize(3);
		assertThat(whole.get("size").asInt()).isEqualTo(200);
		assertThat(values(whole, "personId")).containsExactly(first.toString(), first.toString(), second.toString());
		assertThat(whole.get("entries").get(0).get("date").get("earliest").asString()).isEqualTo(today.minusDays(20).toString());
		assertThat(values(page0, "id")).containsExactlyElementsOf(values(whole, "id").subList(0, 2));
		assertThat(values(page1, "id")).containsExactlyElementsOf(values(whole, "id").subList(2, 3));
		assertThat(page1.get("totalEntries").asLong()).isEqualTo(3);
		assertThat(page1.get("totalPages").asInt()).isEqualTo(2);
		mvc.perform(api(get(path).param("size", "201"), researcher)).andExpect(status().isBadRequest());
	}

	@Test
	void theMapDrawsOnlyEachPersonsLatestEntries() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Long path", "CN");
		UUID personId = person(researcher, caseId);
		String[] places = { placeId("Yanji"), placeId("Helong") };
		int recorded = MAP_POINTS + 5;
		for (int day = 0; day < recorded; day++) {
			record(researcher, caseId, entry(personId, "SIGHTING", places[day % 2], today.minusDays(recorded - day)), 201);
		}

		JsonNode map = read(mvc.perform(api(get("/api/cases/" + caseId + "/whereabouts/map"), researcher)).andExpect(status().isOk()).andReturn());
		assertThat(map.get("paths").get(0).get("points")).hasSize(MAP_POINTS);
	}

	/** One field of each entry of a page of the timeline. */
	private static List<String> values(JsonNode page, String field) {
		List<String> values = new ArrayList<>();
		page.get("entries").forEach(e -> values.add(e.get(field).asString()));
		return values;
	}

	private static String field(JsonNode problem) {
		return problem.get("errors").get(0).get("field").asString();
	}

}
