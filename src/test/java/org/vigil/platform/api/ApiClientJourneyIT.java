package org.vigil.platform.api;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigil.accounts.AccountAdministration;
import org.vigil.accounts.Role;
import org.vigil.client.ApiClient;
import org.vigil.client.ApiException;
import org.vigil.client.api.CasesApi;
import org.vigil.client.api.PersonsApi;
import org.vigil.client.api.SourcesApi;
import org.vigil.client.model.CaseRequest;
import org.vigil.client.model.Created;
import org.vigil.client.model.HistoryEntry;
import org.vigil.client.model.PersonKind;
import org.vigil.client.model.PersonRequest;
import org.vigil.client.model.PersonResponse;
import org.vigil.client.model.PersonRole;
import org.vigil.client.model.Priority;
import org.vigil.client.model.Problem;
import org.vigil.client.model.Reliability;
import org.vigil.client.model.SourceRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An integrator's first journey, with the Java client generated from the API description
 * ({@code docs/openapi.json}, kept equal to the served one) against a running Vigil over HTTP: open
 * a case, record a group of people, add a source, read the history, and be told "not found", as a
 * typed problem, for another team's case. The client reads answers strictly: a field the
 * description does not declare fails the journey.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiClientJourneyIT {

	@LocalServerPort
	private int port;

	@Autowired
	private AccountAdministration accounts;

	@Test
	void aGeneratedClientOpensACaseRecordsAGroupAndASourceReadsTheHistoryAndIsToldAnotherTeamsCaseIsNotFound() throws Exception {
		ApiClient researcher = client(token("Asia-" + UUID.randomUUID().toString().substring(0, 6)));
		CasesApi cases = new CasesApi(researcher);

		Created opened = cases.openCase(new CaseRequest().title("Five refugees held near Yanji").countryOfCustody("CN")
			.countryOfFearedReturn("KP").summary("Arrested in Shenyang, held near Yanji, transfer to Helong expected.")
			.priority(Priority.URGENT));
		assertThat(opened.getReference()).matches("CN \\d+/\\d{4}");
		UUID caseId = opened.getId();

		PersonsApi persons = new PersonsApi(researcher);
		Created group = persons.recordPerson(caseId, new PersonRequest().kind(PersonKind.GROUP).publicLabel("Refugee group A")
			.numberOfPersons(5).role(PersonRole.AT_RISK));
		List<PersonResponse> recorded = persons.listPersons(caseId);
		assertThat(recorded).singleElement().satisfies(person -> {
			assertThat(person.getId()).isEqualTo(group.getId());
			assertThat(person.getNumberOfPersons()).isEqualTo(5);
			assertThat(person.getIdentity()).as("identities stay hidden until revealed").isNull();
		});

		Created source = new SourcesApi(researcher).recordSource(caseId, new SourceRequest().label("Contact in Yanji")
			.reportedOn(LocalDate.of(2026, 3, 2)).reliability(Reliability.HIGH).information("They will be moved to Helong imminently.")
			.addPersonIdsItem(group.getId()));

		List<HistoryEntry> history = cases.readCaseHistory(caseId);
		assertThat(history).extracting(HistoryEntry::getRecordId).contains(caseId, group.getId(), source.getId());
		assertThat(history).extracting(HistoryEntry::getAction).containsOnly("created");

		UUID othersCase = new CasesApi(client(token("Europe-" + UUID.randomUUID().toString().substring(0, 6))))
			.openCase(new CaseRequest().title("Another team's case").countryOfCustody("RU")).getId();
		ApiException refused = catchThrowableOfType(ApiException.class, () -> cases.readCase(othersCase));
		assertThat(refused.getCode()).isEqualTo(404);
		Problem problem = researcher.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
		assertThat(problem.getStatus()).isEqualTo(404);
		assertThat(problem.getTitle()).isEqualTo("Not found");
		assertThat(problem.getDetail()).doesNotContain("Another team's case");
	}

	/** A researcher of a new team, and their personal API token. */
	private String token(String team) {
		String username = "integrator-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createUser(username, EnumSet.of(Role.RESEARCHER), team, "a long enough integrator password".toCharArray());
		return accounts.issueToken(username);
	}

	private ApiClient client(String token) {
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://127.0.0.1:" + port);
		client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
		client.setObjectMapper(client.getObjectMapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
		return client;
	}

}
