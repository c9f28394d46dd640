package org.vigil.law;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The law API as a caller sees it, on the starting data Vigil loads when it first serves. */
class LawApiTests extends WebIntegrationTest {

	private JsonNode getJson(TestUser user, String path) throws Exception {
		return read(mvc.perform(api(get(path), user)).andExpect(status().isOk()).andReturn());
	}

	private static JsonNode row(JsonNode rows, String instrument) {
		for (JsonNode row : rows) {
			if (row.get("instrument").asString().equals(instrument)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + instrument);
	}

	@Test
	void chinasParticipationListsEveryInstrumentWithTheSampleCaseFactsVerified() throws Exception {
		JsonNode rows = getJson(user(newTeam()), "/api/states/CN/participation");
		assertThat(rows).hasSize(16);
		JsonNode cat = row(rows, "CAT");
		assertThat(cat.get("status").asString()).isEqualTo("PARTY");
		assertThat(cat.get("how").asString()).isEqualTo("RATIFICATION");
		assertThat(cat.get("date").asString()).isEqualTo("1988-10-04");
		assertThat(cat.get("verified").asBoolean()).isTrue();
		assertThat(cat.get("source").asString()).isNotBlank();
		assertThat(cat.get("asOf").asString()).isEqualTo("2026-12-01");
		assertThat(row(rows, "REFUGEE-1951").get("how").asString()).isEqualTo("ACCESSION");
		assertThat(row(rows, "REFUGEE-1967").get("date").asString()).startsWith("1982-");
		JsonNode iccpr = row(rows, "ICCPR");
		assertThat(iccpr.get("status").asString()).isEqualTo("SIGNATORY");
		assertThat(iccpr.get("how").asString()).isEqualTo("SIGNATURE");
		assertThat(iccpr.get("date").asString()).isEqualTo("1998-10-05");
	}

	@Test
	void theDprkIsPartyToTheCovenantAndToNeitherTheTortureNorTheRefugeeConvention() throws Exception {
		JsonNode rows = getJson(user(newTeam()), "/api/states/KP/participation");
		assertThat(row(rows, "ICCPR").get("status").asString()).isEqualTo("PARTY");
		assertThat(row(rows, "CAT").get("status").asString()).isEqualTo("NONE");
		assertThat(row(rows, "REFUGEE-1951").get("status").asString()).isEqualTo("NONE");
		assertThat(row(rows, "REFUGEE-1967").get("status").asString()).isEqualTo("NONE");
	}

	@Test
	void aStateVigilDoesNotTrackIsNotFound() throws Exception {
		TestUser user = user(newTeam());
		mvc.perform(api(get("/api/states/XX/participation"), user)).andExpect(status().isNotFound());
		mvc.perform(api(get("/api/states/TW-/participation"), user)).andExpect(status().isNotFound());
	}

	@Test
	void theInstrumentsCarryTheirDepositaryReferenceAndArticles() throws Exception {
		JsonNode all = getJson(user(newTeam()), "/api/instruments");
		assertThat(all).hasSize(16);
		JsonNode cat = getJson(user(newTeam()), "/api/instruments/CAT");
		assertThat(cat.get("depositary").asString()).isEqualTo("IV-9");
		assertThat(cat.get("complaintsArticle").asString()).isEqualTo("22");
		assertThat(cat.get("articles").findValuesAsString("number")).contains("3", "22");
		assertThat(cat.get("parties").findValuesAsString("state")).contains("CN").doesNotContain("KP");
		assertThat(getJson(user(newTeam()), "/api/instruments/REFUGEE-1951").get("depositary").asString()).isEqualTo("V-2");
	}

	@Test
	void theInstrumentsPartiesFilterByStatus() throws Exception {
		JsonNode signatories = getJson(user(newTeam()), "/api/instruments/ICCPR?status=SIGNATORY");
		assertThat(signatories.get("parties").findValuesAsString("state")).contains("CN").doesNotContain("KP", "FR");
		assertThat(signatories.get("parties").findValuesAsString("status")).containsOnly("SIGNATORY");
	}

	@Test
	void anUnknownInstrumentIsNotFoundAndAnUnknownStatusIsBadInputNamingTheField() throws Exception {
		TestUser user = user(newTeam());
		mvc.perform(api(get("/api/instruments/TORTURE"), user)).andExpect(status().isNotFound());
		JsonNode problem = read(mvc.perform(api(get("/api/instruments/CAT?status=RATIFIED"), user))
			.andExpect(status().isBadRequest()).andReturn());
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("status");
	}

	@Test
	void theObligationsForTheSampleCaseFactsComeStrongestFirstWithTheirSources() throws Exception {
		JsonNode obligations = read(mvc.perform(api(post("/api/obligations"), user(newTeam()))
				.content(json.writeValueAsString(Map.of("custodyState", "CN", "fearedReturnState", "KP"))))
			.andExpect(status().isOk()).andReturn());
		JsonNode first = obligations.get(0);
		assertThat(first.get("instrument").asString()).isEqualTo("CAT");
		assertThat(first.get("article").asString()).isEqualTo("3");
		assertThat(first.get("state").asString()).isEqualTo("CN");
		assertThat(first.get("status").asString()).isEqualTo("PARTY");
		assertThat(first.get("since").asString()).isEqualTo("1988-10-04");
		assertThat(first.get("strength").asString()).isEqualTo("ABSOLUTE");
		assertThat(first.get("verified").asBoolean()).isTrue();
		assertThat(first.get("basis").asString()).startsWith("China is party to the Convention against Torture (1988)");
		assertThat(first.get("sources")).isNotEmpty();
		assertThat(obligations.findValuesAsString("instrument")).contains("CUSTOMARY", "CAT/C/CHN/CO/5");
	}

	@Test
	void obligationsAreWrittenInTheLanguageAsked() throws Exception {
		JsonNode obligations = read(mvc.perform(api(post("/api/obligations?lang=zh"), user(newTeam()))
				.content(json.writeValueAsString(Map.of("custodyState", "CN", "fearedReturnState", "KP"))))
			.andExpect(status().isOk()).andReturn());
		assertThat(obligations.get(0).get("basis").asString()).contains("禁止酷刑公约");
	}

	@Test
	void obligationsForAnUnknownCountryAreBadInputNamingTheField() throws Exception {
		TestUser user = user(newTeam());
		JsonNode problem = read(mvc.perform(api(post("/api/obligations"), user)
				.content("{\"custodyState\": \"CN\", \"fearedReturnState\": \"ZZ\"}"))
			.andExpect(status().isBadRequest()).andReturn());
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("fearedReturnState");
		mvc.perform(api(post("/api/obligations"), user).content("{}")).andExpect(status().isBadRequest());
		mvc.perform(api(post("/api/obligations"), user)
				.content("{\"custodyState\": \"LA\", \"handovers\": [\"CN\", \"VN\", \"TH\", \"KH\", \"MM\", \"BD\"]}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theDprksRiskProfileCitesEachClaim() throws Exception {
		JsonNode profile = getJson(user(newTeam()), "/api/states/KP/risk-profile");
		assertThat(profile.get("summary").asString()).isNotBlank();
		assertThat(profile.get("claims").findValuesAsString("text")).anySatisfy(t -> assertThat(t).contains("treachery against the nation"));
		for (JsonNode claim : profile.get("claims")) {
			assertThat(claim.get("citation").isNull() ? !claim.get("verified").asBoolean() : true).as(claim.toString()).isTrue();
			assertThat(claim.get("reviewedOn").asString()).isNotBlank();
		}
	}

	@Test
	void everyShippedRowInTheDatabaseHasItsSourceAndDateOrIsMarkedUnverified() {
		Integer lacking = jdbc.queryForObject("select count(*) from law_participation where verified and (source is null or as_of is null)",
				Integer.class);
		assertThat(lacking).isZero();
		assertThat(jdbc.queryForObject("select count(*) from law_participation", Integer.class)).isEqualTo(195 * 16);
	}

}
