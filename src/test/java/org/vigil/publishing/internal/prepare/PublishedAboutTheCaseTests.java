package org.vigil.publishing.internal.prepare;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.accounts.Role;
import org.vigil.support.DispatchingIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13, item 5: the case page says what has been published about the case, and the audit log
 * says who prepared it, who released it and when — the steps of the two-person rule, each by its own
 * person.
 */
class PublishedAboutTheCaseTests extends DispatchingIntegrationTest {

	@Test
	void theCasePageListsWhatWasPublishedAboutItWithALinkToThePublicPage() throws Exception {
		Sent sent = sentAppeal(newTeam());
		TestUser reviewer = user(sent.team(), Role.REVIEWER);
		String before = section(reviewer, sent);
		assertThat(before).contains("Nothing has been published about this case yet.");

		JsonNode prepared = prepare(reviewer, sent);
		assertThat(section(reviewer, sent)).as("prepared, not yet released")
			.contains("Do not return the five refugees").contains(">Draft<").doesNotContain("Nothing has been published");

		JsonNode released = release(user(sent.team(), Role.REVIEWER), prepared.get("id").asString());
		String after = section(reviewer, sent);
		assertThat(after).contains(">Published<").contains("href=\"" + released.get("path").asString() + "\"")
			.doesNotContain(">Draft<");
	}

	@Test
	void theAuditLogSaysWhoPreparedAndWhoReleasedAPublication() throws Exception {
		Sent sent = sentAppeal(newTeam());
		TestUser preparer = user(sent.team(), Role.REVIEWER);
		TestUser releaser = user(sent.team(), Role.REVIEWER);
		JsonNode prepared = prepare(preparer, sent);
		release(releaser, prepared.get("id").asString());

		List<Map<String, Object>> steps = jdbc.queryForList(
				"select action, actor, at from audit_entries where action in ('publication.prepared', 'publication.released') "
						+ "and actor in (?, ?) order by id",
				preparer.username(), releaser.username());
		assertThat(steps).extracting(step -> step.get("action") + " " + step.get("actor"))
			.containsExactly("publication.prepared " + preparer.username(), "publication.released " + releaser.username());
		assertThat(steps).allSatisfy(step -> assertThat(step.get("at")).as("when").isNotNull());
	}

	private String section(TestUser viewer, Sent sent) throws Exception {
		return mvc.perform(get("/cases/" + sent.caseId() + "/publications/section").session(signIn(viewer)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private JsonNode prepare(TestUser reviewer, Sent sent) throws Exception {
		return read(mvc.perform(api(post("/api/cases/" + sent.caseId() + "/publications"), reviewer)
				.content("{\"appealId\": \"" + sent.appealId() + "\"}"))
			.andExpect(status().isCreated())
			.andReturn());
	}

	private JsonNode release(TestUser reviewer, String id) throws Exception {
		return read(mvc.perform(api(post("/api/publications/" + id + "/release"), reviewer).content("{\"version\": 0}"))
			.andExpect(status().isOk())
			.andReturn());
	}

}
