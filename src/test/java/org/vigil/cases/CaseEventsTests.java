package org.vigil.cases;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The case registry announces what other modules act on: opened, changed, persons recorded and changed, purges. */
@ExtendWith(PublishedEventsExtension.class)
class CaseEventsTests extends WebIntegrationTest {

	@Test
	void openingACaseAnnouncesItWithItsTeamAndReference(AssertablePublishedEvents events) throws Exception {
		UUID caseId = openCase(user(newTeam()), "Opened", "CN");
		String reference = jdbc.queryForObject("select reference from cases where id = ?", String.class, caseId);
		UUID teamId = jdbc.queryForObject("select team_id from cases where id = ?", UUID.class, caseId);
		assertThat(events).contains(CaseOpened.class)
			.matching(opened -> opened.equals(new CaseOpened(caseId, teamId, reference)));
	}

	@Test
	void changingACaseAnnouncesWhichFieldsChangedAndTheFactsAsTheyAreNow(AssertablePublishedEvents events) throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Changed", "CN");
		mvc.perform(api(put("/api/cases/" + caseId), researcher).content("""
				{"title": "Changed", "countryOfCustody": "CN", "countryOfFearedReturn": "MN", "summary": "summary",
				 "priority": "URGENT", "status": "MONITORING", "version": 0}""")).andExpect(status().isOk());
		assertThat(events).contains(CaseChanged.class)
			.matching(changed -> changed.equals(new CaseChanged(caseId, java.util.Set.of("countryOfFearedReturn", "status"), "CN", "MN",
					CaseStatus.MONITORING, Priority.URGENT)));
	}

	@Test
	void savingACaseUnchangedAnnouncesNothing(AssertablePublishedEvents events) throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Unchanged", "CN");
		mvc.perform(api(put("/api/cases/" + caseId), researcher).content("""
				{"title": "Unchanged", "countryOfCustody": "CN", "countryOfFearedReturn": "KP", "summary": "summary",
				 "priority": "URGENT", "version": 0}""")).andExpect(status().isOk());
		assertThat(events.ofType(CaseChanged.class)).isEmpty();
	}

	@Test
	void recordingAndChangingAPersonAnnouncesEach(AssertablePublishedEvents events) throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Persons", "CN");
		UUID personId = recordPerson(researcher, caseId, "Refugee A");
		assertThat(events).contains(PersonRecorded.class).matching(recorded -> recorded.equals(new PersonRecorded(caseId, personId)));
		reveal(researcher, caseId);
		mvc.perform(api(put("/api/cases/" + caseId + "/persons/" + personId), researcher)
			.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Refugee A\", \"categories\": [\"CHILD\"], \"version\": 0}"))
			.andExpect(status().isOk());
		assertThat(events).contains(PersonChanged.class).matching(changed -> changed.equals(new PersonChanged(caseId, personId)));
	}

	@Test
	void purgingACaseAndAPersonAnnouncesEach(AssertablePublishedEvents events) throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR, Role.RESEARCHER);
		UUID caseId = openCase(admin, "Purged", "CN");
		UUID personId = recordPerson(admin, caseId, "Refugee P");
		MockHttpSession session = signIn(admin);
		mvc.perform(post("/cases/" + caseId + "/persons/" + personId + "/purge").session(session).with(csrf())
			.param("confirmation", "Refugee P"));
		assertThat(events).contains(PersonPurged.class).matching(purged -> purged.equals(new PersonPurged(caseId, personId)));
		assertThat(events.ofType(CasePurged.class)).isEmpty();
		String reference = jdbc.queryForObject("select reference from cases where id = ?", String.class, caseId);
		mvc.perform(post("/cases/" + caseId + "/purge").session(session).with(csrf()).param("confirmation", reference));
		assertThat(events).contains(CasePurged.class).matching(purged -> purged.equals(new CasePurged(caseId)));
	}

	@Test
	void aPurgeRefusedByALegalHoldAnnouncesNothing(AssertablePublishedEvents events) throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR, Role.RESEARCHER);
		UUID caseId = openCase(admin, "Held", "CN");
		String reference = jdbc.queryForObject("select reference from cases where id = ?", String.class, caseId);
		MockHttpSession session = signIn(admin);
		mvc.perform(post("/cases/" + caseId + "/legal-hold").session(session).with(csrf()).param("hold", "true"));
		mvc.perform(post("/cases/" + caseId + "/purge").session(session).with(csrf()).param("confirmation", reference));
		mvc.perform(get("/cases/" + caseId).session(session)).andExpect(status().isOk());
		assertThat(events.ofType(CasePurged.class)).isEmpty();
	}

	private UUID recordPerson(TestUser user, UUID caseId, String label) throws Exception {
		return UUID.fromString(read(mvc.perform(api(post("/api/cases/" + caseId + "/persons"), user)
			.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"" + label + "\"}"))
			.andExpect(status().isCreated()).andReturn()).get("id").asString());
	}

}
