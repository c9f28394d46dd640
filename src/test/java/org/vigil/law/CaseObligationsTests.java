package org.vigil.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The legal basis of a case, worked out from its facts: through the API and on the case page's panel. */
class CaseObligationsTests extends WebIntegrationTest {

	@Test
	void theSampleCasesObligationsBindChinaAbsolutelyByTheTortureConventionAndInGoodFaithByTheCovenant() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = sampleCaseFacts(researcher);

		JsonNode obligations = read(mvc.perform(api(get("/api/cases/" + caseId + "/obligations"), researcher))
			.andExpect(status().isOk()).andReturn());
		JsonNode first = obligations.get(0);
		assertThat(first.get("instrument").asString()).isEqualTo("CAT");
		assertThat(first.get("article").asString()).isEqualTo("3");
		assertThat(first.get("state").asString()).isEqualTo("CN");
		assertThat(first.get("status").asString()).isEqualTo("PARTY");
		assertThat(first.get("since").asString()).isEqualTo("1988-10-04");
		assertThat(first.get("strength").asString()).isEqualTo("ABSOLUTE");
		assertThat(first.get("verified").asBoolean()).isTrue();
		assertThat(first.get("sources")).isNotEmpty();
		JsonNode covenant = find(obligations, "ICCPR", "CN");
		assertThat(covenant.get("status").asString()).isEqualTo("SIGNATORY");
		assertThat(covenant.get("strength").asString()).isEqualTo("GOOD_FAITH");
		JsonNode observations = find(obligations, "CAT/C/CHN/CO/5", "CN");
		assertThat(observations.get("strength").asString()).isEqualTo("RECOMMENDATION");
		assertThat(observations.get("verified").asBoolean()).isFalse();
		assertThat(obligations.findValuesAsString("instrument")).doesNotContain("CRC");
	}

	@Test
	void theLegalBasisPanelListsEachObligationWithItsStrengthSourcesAndUnverifiedMark() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = sampleCaseFacts(researcher);
		MockHttpSession session = signIn(researcher);

		mvc.perform(get("/cases/" + caseId).session(session))
			.andExpect(content().string(containsString("hx-get=\"/cases/" + caseId + "/legal-basis\"")));
		mvc.perform(get("/cases/" + caseId + "/legal-basis").header("HX-Request", "true").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("China is party to the Convention against Torture (1988): art. 3 forbids return")))
			.andExpect(content().string(containsString("Absolute")))
			.andExpect(content().string(containsString("Good faith")))
			.andExpect(content().string(containsString("CAT/C/CHN/CO/5")))
			.andExpect(content().string(containsString("unverified")))
			.andExpect(content().string(not(containsString("<footer"))));
	}

	@Test
	void aCaseWithAChildBringsInTheConventionOnTheRightsOfTheChild() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "A family held near Tumen", "CN");
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher)
			.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Child A\", \"categories\": [\"CHILD\"]}"))
			.andExpect(status().isCreated());

		JsonNode obligations = read(mvc.perform(api(get("/api/cases/" + caseId + "/obligations"), researcher)).andReturn());
		assertThat(find(obligations, "CRC", "CN").get("status").asString()).isEqualTo("PARTY");
		assertThat(obligations.findValuesAsString("article")).contains("3", "22", "37");
	}

	@Test
	void anotherTeamsCaseAnswersNotFound() throws Exception {
		TestUser owner = user(newTeam());
		TestUser outsider = user(newTeam());
		UUID caseId = sampleCaseFacts(owner);

		mvc.perform(api(get("/api/cases/" + caseId + "/obligations"), outsider)).andExpect(status().isNotFound());
		mvc.perform(get("/cases/" + caseId + "/legal-basis").header("HX-Request", "true").session(signIn(outsider)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anExpectedHandoverToAStateThatReturnsPeopleOnwardBindsTheHandingStateNotToReturnThemIndirectly() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Nine young people held in Laos", "LA");
		UUID personId = UUID.fromString(read(mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher)
			.content("{\"kind\": \"GROUP\", \"publicLabel\": \"Group B\", \"numberOfPersons\": 9}"))
			.andExpect(status().isCreated()).andReturn()).get("id").asString());
		assertThat(states(obligationsOf(researcher, caseId))).as("before any handover is expected").containsOnly("LA", "KP");

		LocalDate soon = LocalDate.now().plusDays(2);
		expectTransfer(researcher, caseId, personId, place("Vientiane", "LA"), null, soon);
		expectTransfer(researcher, caseId, personId, place("Mengla", "CN"), "CN", soon.plusDays(1));

		JsonNode obligations = obligationsOf(researcher, caseId);
		assertThat(lines(obligations)).containsExactly(
				"LA CAT 3 PARTY ABSOLUTE",
				"LA CAT 3 PARTY ABSOLUTE",
				"LA ICCPR 7 PARTY ABSOLUTE",
				"LA ICCPR 7 PARTY ABSOLUTE",
				"LA ICCPR 9 PARTY BINDING",
				"LA CUSTOMARY - CUSTOMARY BINDING",
				"LA CUSTOMARY - CUSTOMARY BINDING",
				"CN CAT 3 PARTY ABSOLUTE",
				"CN REFUGEE-1951 33 PARTY BINDING",
				"CN REFUGEE-1967 I PARTY BINDING",
				"CN CUSTOMARY - CUSTOMARY BINDING",
				"CN ICCPR - SIGNATORY GOOD_FAITH",
				"CN Special Procedures statement of 17 October 2023 - FINDING RECOMMENDATION",
				"CN CAT/C/CHN/CO/5 paras. 46-47 FINDING RECOMMENDATION",
				"CN A/HRC/25/63 - FINDING RECOMMENDATION",
				"KP ICCPR 7 PARTY ABSOLUTE",
				"KP ICCPR 12(2) PARTY BINDING");
		JsonNode indirect = null;
		for (JsonNode obligation : obligations) {
			if (obligation.get("basis").asString().startsWith("Laos must not hand the people to China where China would send them on to North Korea")) {
				indirect = obligation;
			}
		}
		assertThat(indirect).as("the prohibition of indirect return under the Convention against Torture").isNotNull();
		assertThat(indirect.get("instrument").asString()).isEqualTo("CAT");
		assertThat(indirect.get("verified").asBoolean()).as("Laos's row is not checked against the depositary").isFalse();
		assertThat(indirect.get("sources").valueStream().map(JsonNode::asString)).contains("CAT/C/GC/4, para. 12 (2017)");
	}

	@Test
	void aCaseRecordingTheDeathPenaltyBindsACustodyStatePartyToTheSecondOptionalProtocolByTheRightToLife() throws Exception {
		TestUser researcher = user(newTeam());
		// Mongolia is party to the Covenant and to its Second Optional Protocol (participation.tsv).
		UUID withRisk = openCase(researcher, "Held in Ulaanbaatar, facing execution", "MN");
		mvc.perform(api(put("/api/cases/" + withRisk), researcher).content("""
				{"title": "Held in Ulaanbaatar, facing execution", "countryOfCustody": "MN", "countryOfFearedReturn": "KP",
				 "priority": "URGENT", "risks": ["DEATH_PENALTY"], "version": 0}"""))
			.andExpect(status().isOk());
		UUID withoutRisk = openCase(researcher, "Held in Ulaanbaatar", "MN");

		assertThat(lines(obligationsOf(researcher, withRisk))).contains("MN ICCPR 6 PARTY BINDING", "MN ICCPR-OP2 1 PARTY BINDING");
		assertThat(lines(obligationsOf(researcher, withoutRisk))).as("without the risk recorded")
			.doesNotContain("MN ICCPR 6 PARTY BINDING", "MN ICCPR-OP2 1 PARTY BINDING")
			.contains("MN ICCPR 7 PARTY ABSOLUTE");
	}

	private JsonNode obligationsOf(TestUser user, UUID caseId) throws Exception {
		return read(mvc.perform(api(get("/api/cases/" + caseId + "/obligations"), user)).andExpect(status().isOk()).andReturn());
	}

	private String place(String name, String country) throws Exception {
		return read(mvc.perform(api(get("/api/places/resolve").param("q", name).param("country", country), user(newTeam())))
			.andExpect(status().isOk()).andReturn()).get(0).get("id").asString();
	}

	private void expectTransfer(TestUser user, UUID caseId, UUID personId, String placeId, String receivingState, LocalDate on)
			throws Exception {
		Map<String, Object> transfer = new LinkedHashMap<>();
		transfer.put("personId", personId);
		transfer.put("kind", "TRANSFER");
		transfer.put("place", Map.of("placeId", placeId));
		transfer.put("date", Map.of("earliest", on.toString()));
		if (receivingState != null) {
			transfer.put("receivingState", receivingState);
			transfer.put("intoHandsOf", "Border police");
		}
		mvc.perform(api(post("/api/cases/" + caseId + "/whereabouts"), user).content(json.writeValueAsString(transfer)))
			.andExpect(status().isCreated());
	}

	/** Each obligation in one line: state, instrument, article, status and strength. */
	private static List<String> lines(JsonNode obligations) {
		List<String> lines = new ArrayList<>();
		for (JsonNode o : obligations) {
			lines.add(String.join(" ", o.get("state").asString(), o.get("instrument").asString(),
					o.get("article").isNull() ? "-" : o.get("article").asString(), o.get("status").asString(), o.get("strength").asString()));
		}
		return lines;
	}

	private static Set<String> states(JsonNode obligations) {
		return new LinkedHashSet<>(obligations.findValuesAsString("state"));
	}

	/** A case with the sample case's facts: held in China, fearing return to North Korea, a group of asylum seekers and women. */
	private UUID sampleCaseFacts(TestUser researcher) throws Exception {
		UUID caseId = openCase(researcher, "Five North Korean refugees", "CN");
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher).content("""
				{"kind": "GROUP", "publicLabel": "Refugee group A", "numberOfPersons": 5, "categories": ["ASYLUM_SEEKER", "WOMAN"]}"""))
			.andExpect(status().isCreated());
		return caseId;
	}

	private static JsonNode find(JsonNode obligations, String instrument, String state) {
		for (JsonNode obligation : obligations) {
			if (obligation.get("instrument").asString().equals(instrument) && obligation.get("state").asString().equals(state)) {
				return obligation;
			}
		}
		throw new AssertionError("no obligation of " + state + " under " + instrument + " in " + obligations);
	}

}
