package org.vigil.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.platform.NotFoundException;
import org.vigil.support.WebIntegrationTest;
import org.vigil.vault.CaseKeys;
import org.vigil.vault.KeyScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What other modules learn about a case and its persons through the published API, and what they never learn. */
class CaseDirectoryTests extends WebIntegrationTest {

	@Autowired
	private CaseDirectory cases;

	@Autowired
	private PersonDirectory persons;

	@Autowired
	private CaseKeys keys;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void theStandingSaysWhatTheViewerMayDoOnTheCase() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(researcher, "Standing", "CN");

		CaseStanding own = cases.standing(viewer(researcher), caseId);
		assertThat(own.caseId()).isEqualTo(caseId);
		assertThat(own.mayChange()).isTrue();
		assertThat(own.mayReadIdentities()).as("not revealed yet").isFalse();
		assertThat(own.purged()).isFalse();
		assertThat(cases.standing(viewer(reviewer), caseId).mayChange()).as("a reviewer reads, does not record").isFalse();
		reveal(researcher, caseId);
		assertThat(cases.standing(viewer(researcher), caseId).mayReadIdentities()).isTrue();
	}

	@Test
	void aCaseTheViewerMayNotSeeHasNoStandingButNotFound() throws Exception {
		UUID caseId = openCase(user(newTeam()), "Need to know", "CN");
		Viewer stranger = viewer(user(newTeam(), Role.RESEARCHER, Role.REVIEWER));
		assertThatThrownBy(() -> cases.standing(stranger, caseId)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> persons.persons(stranger, caseId)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aPurgedCaseStandsPurged() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Purged", "CN");
		keys.shred(caseId);
		assertThat(cases.standing(viewer(researcher), caseId).purged()).isTrue();
	}

	@Test
	void describingACaseGivesItsPublicFactsToModuleCodeActingOnItsOwn() throws Exception {
		UUID caseId = openCase(user(newTeam()), "Five refugees", "CN");
		VisibleCase described = cases.describe(caseId).orElseThrow();
		assertThat(described.countryOfCustody()).isEqualTo("CN");
		assertThat(described.countryOfFearedReturn()).isEqualTo("KP");
		assertThat(described.priority()).isEqualTo(Priority.URGENT);
		assertThat(described.status()).isEqualTo(CaseStatus.OPEN);
		assertThat(described.reference()).startsWith("CN ");
		assertThat(cases.describe(UUID.randomUUID())).isEmpty();
	}

	@Test
	void thePersonDirectoryListsPublicFactsAndTheKeyScopeButNoIdentity() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Persons", "CN");
		String personId = read(mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher).content("""
				{"kind": "GROUP", "publicLabel": "Refugee group A", "numberOfPersons": 5, "name": "Kim Chol-su and four others",
				 "categories": ["ASYLUM_SEEKER", "CHILD"]}"""))
			.andExpect(status().isCreated()).andReturn()).get("id").asString();

		assertThat(persons.persons(viewer(researcher), caseId)).singleElement().satisfies(entry -> {
			assertThat(entry.id()).isEqualTo(UUID.fromString(personId));
			assertThat(entry.publicLabel()).isEqualTo("Refugee group A");
			assertThat(entry.kind()).isEqualTo(PersonKind.GROUP);
			assertThat(entry.numberOfPersons()).isEqualTo(5);
			assertThat(entry.categories()).containsExactlyInAnyOrder(PersonCategory.ASYLUM_SEEKER, PersonCategory.CHILD);
			assertThat(entry.keyScope()).isEqualTo(KeyScope.of(UUID.fromString(personId)));
			assertThat(entry.toString()).doesNotContain("Kim");
		});
	}

	@Test
	void thePersonDirectoryGivesTheSameEntriesInsideATransactionAndOutside() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Persons in order", "CN");
		for (String person : List.of("""
				{"kind": "INDIVIDUAL", "publicLabel": "Person B", "name": "Ri Yong-ho", "categories": ["WOMAN"]}""", """
				{"kind": "GROUP", "publicLabel": "Group A", "numberOfPersons": 3, "name": "Three others", "categories": ["CHILD"]}""")) {
			mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher).content(person)).andExpect(status().isCreated());
		}
		CaseStanding standing = cases.standing(viewer(researcher), caseId);

		List<PersonEntry> outside = persons.persons(standing);
		List<PersonEntry> inside = new TransactionTemplate(transactions).execute(status -> persons.persons(standing));

		assertThat(outside).extracting(PersonEntry::publicLabel).containsExactly("Person B", "Group A");
		assertThat(outside).isEqualTo(inside);
	}

	private Viewer viewer(TestUser user) {
		UUID id = jdbc.queryForObject("select id from users where username = ?", UUID.class, user.username());
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.queryForList("select role from user_roles where user_id = ?", String.class, id).forEach(r -> roles.add(Role.valueOf(r)));
		Set<UUID> teams = Set.copyOf(jdbc.queryForList("select team_id from team_members where user_id = ?", UUID.class, id));
		return new Viewer(id, user.username(), roles, teams);
	}

}
