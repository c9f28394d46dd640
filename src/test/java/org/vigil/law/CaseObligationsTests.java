package org.vigil.law;

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
