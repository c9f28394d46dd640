package org.vigil.cases.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.CaseStatus;
import org.vigil.cases.PersonDirectory;
import org.vigil.cases.PersonEntry;
import org.vigil.cases.Reliability;
import org.vigil.cases.SourceDirectory;
import org.vigil.cases.SourceEntry;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reads of many cases at once are plain SQL, loading no entity; a caller that changed a case in
 * the same transaction, before the read, still reads what it changed.
 */
class BatchReadsTests extends WebIntegrationTest {

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CaseDirectory directory;

	@Autowired
	PersonDirectory personDirectory;

	@Autowired
	SourceDirectory sourceDirectory;

	@Autowired
	CaseFileRepository caseFiles;

	@Autowired
	PersonRepository persons;

	@Autowired
	SourceRecords sources;

	@Test
	void aCaseClosedEarlierInTheTransactionIsDescribedAsClosed() throws Exception {
		UUID caseId = openCase(user(newTeam()), "Closed mid-transaction", "CN");
		CaseStatus described = transactions.execute(tx -> {
			CaseFile caseFile = caseFiles.findById(caseId).orElseThrow();
			CaseDetails d = caseFile.details();
			caseFile.apply(new CaseDetails(d.title(), d.summary(), d.countryOfCustody(), d.countryOfFearedReturn(), d.region(), d.themes(),
					CaseStatus.CLOSED, d.priority(), d.outcome()), "test");
			return directory.describeAll(List.of(caseId)).get(caseId).status();
		});
		assertThat(described).isEqualTo(CaseStatus.CLOSED);
	}

	@Test
	void aPersonRenamedEarlierInTheTransactionIsListedUnderTheNewLabel() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Renamed mid-transaction", "CN");
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher)
			.content("{\"kind\": \"GROUP\", \"publicLabel\": \"Group A\", \"numberOfPersons\": 3}"))
			.andExpect(status().isCreated());
		List<String> labels = transactions.execute(tx -> {
			Person person = persons.findByCaseIdOrderByCreatedAtAsc(caseId).get(0);
			PersonProfile p = person.profile();
			person.change(new PersonProfile(p.kind(), p.numberOfPersons(), p.role(), "Group B", p.categories()), person.identity());
			return personDirectory.personsOf(List.of(caseId)).get(caseId).stream().map(PersonEntry::publicLabel).toList();
		});
		assertThat(labels).containsExactly("Group B");
	}

	@Test
	void aSourceRecordedEarlierInTheTransactionIsAmongTheCasesSources() throws Exception {
		UUID caseId = openCase(user(newTeam()), "Source mid-transaction", "CN");
		List<SourceEntry> found = transactions.execute(tx -> {
			sources.recordSource(caseId, new SourceDetails("Contact near Yanji", null, null, null, Reliability.HIGH, false, null, Set.of()),
					"test");
			return sourceDirectory.sourcesOf(List.of(caseId)).getOrDefault(caseId, List.of());
		});
		assertThat(found).extracting(SourceEntry::label).containsExactly("Contact near Yanji");
	}

}
