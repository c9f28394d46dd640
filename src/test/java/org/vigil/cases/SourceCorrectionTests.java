package org.vigil.cases;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A source recorded wrongly can be put right or deleted, by researchers who may change the case, without losing its history. */
class SourceCorrectionTests extends WebIntegrationTest {

	private static final String SOURCE = """
			{"label": "Contact near Yanji", "name": "Kim Young-soo", "contactDetails": "+86 433 000 0000",
			 "reliability": "MEDIUM", "confidential": true, "information": "They will be moved to Helong"}""";

	@Test
	void aMisTickedConfidentialFlagIsUndoneAndTheHistorySaysWhoDidIt() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Confidential by mistake", "CN");
		String sourceId = recordSource(researcher, caseId);

		mvc.perform(api(put("/api/cases/" + caseId + "/sources/" + sourceId), researcher).content(correction("false", 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.confidential").value(false))
			.andExpect(jsonPath("$.version").value(1));

		mvc.perform(api(get("/api/cases/" + caseId + "/history"), researcher))
			.andExpect(jsonPath("$[0].by").value(researcher.username()))
			.andExpect(jsonPath("$[0].action").value("changed"))
			.andExpect(jsonPath("$[0].recordType").value("source"))
			.andExpect(jsonPath("$[0].changes[0].field").value("confidential"))
			.andExpect(jsonPath("$[0].changes[0].from").value("true"))
			.andExpect(jsonPath("$[0].changes[0].to").value("false"));
	}

	@Test
	void aCorrectionOnAStaleVersionIsRefusedWithWhatTheOtherPersonChanged() throws Exception {
		String team = newTeam();
		TestUser first = user(team);
		TestUser second = user(team);
		UUID caseId = openCase(first, "Two editors", "CN");
		String sourceId = recordSource(first, caseId);
		mvc.perform(api(put("/api/cases/" + caseId + "/sources/" + sourceId), first).content(correction("false", 0)))
			.andExpect(status().isOk());

		mvc.perform(api(put("/api/cases/" + caseId + "/sources/" + sourceId), second).content(correction("true", 0)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("STALE_VERSION"))
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.changes[*].field", hasItem("confidential")))
			.andExpect(jsonPath("$.current.confidential").value(false));
		mvc.perform(api(put("/api/cases/" + caseId + "/sources/" + sourceId), second)
				.content("{\"label\": \"Contact near Yanji\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.refusal").value("VERSION_REQUIRED"));
	}

	@Test
	void theNameAndContactDetailsAreReplacedOnlyWhileTheIdentitiesAreRevealed() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Hidden informant", "CN");
		String sourceId = recordSource(researcher, caseId);

		mvc.perform(api(put("/api/cases/" + caseId + "/sources/" + sourceId), researcher).content("""
				{"label": "Contact near Yanji", "name": "Someone else", "version": 0}"""))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("SOURCE_IDENTITY_HIDDEN"))
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		// Left out while hidden, they stay as they were.
		mvc.perform(api(put("/api/cases/" + caseId + "/sources/" + sourceId), researcher).content(correction("true", 0)))
			.andExpect(status().isOk());
		reveal(researcher, caseId);
		mvc.perform(api(get("/api/cases/" + caseId + "/sources/" + sourceId), researcher))
			.andExpect(jsonPath("$.name").value("Kim Young-soo"))
			.andExpect(jsonPath("$.contactDetails").value("+86 433 000 0000"));

		mvc.perform(api(put("/api/cases/" + caseId + "/sources/" + sourceId), researcher).content("""
				{"label": "Contact near Yanji", "name": "Kim Young-su", "version": 1}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Kim Young-su"))
			.andExpect(jsonPath("$.contactDetails").doesNotExist());
		mvc.perform(api(get("/api/cases/" + caseId + "/history"), researcher))
			.andExpect(jsonPath("$[0].changes[?(@.field == 'name')].isProtected").value(true))
			.andExpect(content().string(not(containsString("Kim Young-su"))));
	}

	@Test
	void aDeletedSourceLeavesTheCaseAndStaysInItsHistory() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Recorded twice", "CN");
		String sourceId = recordSource(researcher, caseId);

		mvc.perform(api(delete("/api/cases/" + caseId + "/sources/" + sourceId), researcher)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.refusal").value("VERSION_REQUIRED"));
		mvc.perform(api(delete("/api/cases/" + caseId + "/sources/" + sourceId).param("version", "0"), researcher))
			.andExpect(status().isNoContent());

		mvc.perform(api(get("/api/cases/" + caseId + "/sources"), researcher)).andExpect(jsonPath("$").isEmpty());
		mvc.perform(api(get("/api/cases/" + caseId + "/sources/" + sourceId), researcher)).andExpect(status().isNotFound());
		mvc.perform(api(delete("/api/cases/" + caseId + "/sources/" + sourceId).param("version", "1"), researcher))
			.andExpect(status().isNotFound());
		mvc.perform(api(get("/api/cases/" + caseId + "/history"), researcher))
			.andExpect(jsonPath("$[0].action").value("deleted"))
			.andExpect(jsonPath("$[0].recordLabel").value("Contact near Yanji"))
			.andExpect(jsonPath("$[1].action").value("created"));
	}

	@Test
	void onlyResearchersWhoMayChangeTheCaseCorrectOrDeleteItsSources() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		TestUser outsider = user(newTeam());
		UUID caseId = openCase(researcher, "Not theirs to correct", "CN");
		String sourceId = recordSource(researcher, caseId);

		mvc.perform(api(put("/api/cases/" + caseId + "/sources/" + sourceId), reviewer).content(correction("false", 0)))
			.andExpect(status().isForbidden());
		mvc.perform(api(delete("/api/cases/" + caseId + "/sources/" + sourceId).param("version", "0"), reviewer))
			.andExpect(status().isForbidden());
		mvc.perform(api(put("/api/cases/" + caseId + "/sources/" + sourceId), outsider).content(correction("false", 0)))
			.andExpect(status().isNotFound());
		mvc.perform(api(get("/api/cases/" + caseId + "/sources/" + sourceId), researcher)).andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void onThePagesASourceIsCorrectedAndAStaleSaveKeepsWhatWasTyped() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Corrected on the page", "CN");
		String sourceId = recordSource(researcher, caseId);
		MockHttpSession session = signIn(researcher);
		String edit = "/cases/" + caseId + "/sources/" + sourceId;

		mvc.perform(get(edit + "/edit").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Contact near Yanji\"")))
			.andExpect(content().string(containsString("id=\"identity-kept\"")))
			.andExpect(content().string(not(containsString("name=\"contactDetails\""))));
		mvc.perform(post(edit).session(session).with(csrf()).param("label", "Contact in Yanji").param("reliability", "HIGH")
				.param("version", "0"))
			.andExpect(redirectedUrl("/cases/" + caseId + "#sources"));
		mvc.perform(get("/cases/" + caseId).session(session))
			.andExpect(content().string(containsString("The source was corrected.")))
			.andExpect(content().string(containsString("Contact in Yanji")));

		mvc.perform(post(edit).session(session).with(csrf()).param("label", "My own wording").param("reliability", "LOW")
				.param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this source after you opened it")))
			.andExpect(content().string(containsString("Contact in Yanji")))
			.andExpect(content().string(containsString("value=\"My own wording\"")));
	}

	@Test
	void onThePagesADeletedSourceLeavesTheCasePage() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Deleted on the page", "CN");
		String sourceId = recordSource(researcher, caseId);
		MockHttpSession session = signIn(researcher);

		mvc.perform(post("/cases/" + caseId + "/sources/" + sourceId + "/delete").session(session).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl("/cases/" + caseId + "#sources"));
		mvc.perform(get("/cases/" + caseId).session(session))
			.andExpect(content().string(containsString("The source was deleted. It stays in the history.")))
			.andExpect(content().string(not(containsString("Contact near Yanji"))));
	}

	private String recordSource(TestUser researcher, UUID caseId) throws Exception {
		return read(mvc.perform(api(post("/api/cases/" + caseId + "/sources"), researcher).content(SOURCE))
			.andExpect(status().isCreated()).andReturn()).get("id").asString();
	}

	private static String correction(String confidential, long version) {
		return """
				{"label": "Contact near Yanji", "reliability": "MEDIUM", "confidential": %s,
				 "information": "They will be moved to Helong", "version": %d}""".formatted(confidential, version);
	}

}
