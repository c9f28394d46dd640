package org.vigil.cases.internal;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** {@code --demo=NAME} makes that user the sample case's opener, whether they exist when the server starts or are created later. */
class SampleCaseOpenerTests extends WebIntegrationTest {

	@Autowired
	private SampleCase sampleCase;

	/** Tests share this database: a sample case recorded before stands aside, so that each starts as a fresh install would. */
	@BeforeEach
	void setEarlierSampleCasesAside() {
		jdbc.update("update cases set title = 'An earlier sample case' where title = ?", SampleCase.TITLE);
	}

	@Test
	void aUserNamedByDemoWhoExistsAlreadyOpensTheSampleCaseInTheirTeam() throws Exception {
		TestUser amina = user(newTeam(), Role.RESEARCHER);
		sampleCase.run(new DefaultApplicationArguments("--demo=" + amina.username()));

		mvc.perform(api(get("/api/cases?size=200"), amina))
			.andExpect(jsonPath("$.items[?(@.title == '" + SampleCase.TITLE + "')].createdBy").value(amina.username()));
		UUID caseId = jdbc.queryForObject("select id from cases where title = ?", UUID.class, SampleCase.TITLE);
		mvc.perform(api(get("/api/cases/" + caseId + "/identity-grants"), amina))
			.andExpect(jsonPath("$[?(@.username == '" + amina.username() + "')].state").value("ACTIVE"));
	}

	@Test
	void aUserNamedByDemoWhoIsCreatedLaterOpensTheSampleCaseOnceCreated() throws Exception {
		String name = "later" + UUID.randomUUID().toString().substring(0, 6);
		sampleCase.run(new DefaultApplicationArguments("--demo=" + name));
		UUID caseId = jdbc.queryForObject("select id from cases where title = ?", UUID.class, SampleCase.TITLE);
		assertThat(jdbc.queryForObject("select created_by from cases where id = ?", String.class, caseId)).isEqualTo("system");

		user(newTeam(), Role.ADMINISTRATOR); // not the one named: the case waits on
		accounts.createUser(name, java.util.Set.of(Role.RESEARCHER), SampleCase.TEAM, PASSWORD.toCharArray());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> name.equals(jdbc.queryForObject("select created_by from cases where id = ?", String.class, caseId)));
	}

}
