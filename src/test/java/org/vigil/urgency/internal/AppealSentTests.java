package org.vigil.urgency.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.support.DispatchingIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 12, item 6 (the case's urgency follows): the urgency rules read from dispatch when a case's
 * appeal last went out, and a letter that goes out has the case assessed again.
 */
class AppealSentTests extends DispatchingIntegrationTest {

	@Autowired
	AppealsAdapter appeals;

	@Test
	void noAppealCountsAsSentUntilALetterWentOut() throws Exception {
		TestUser researcher = user(newTeam());
		assertThat(appeals.lastSentAt(openCase(researcher, "Nothing sent", "CN"))).isEmpty();
	}

	@Test
	void theRulesReadWhenTheCasesLetterWentOut() throws Exception {
		Sent sent = sentAppeal(newTeam());
		assertThat(appeals.lastSentAt(sent.caseId())).contains(sent.sentAt());
	}

	@Test
	void aLetterThatWentOutHasTheCaseAssessedAgainAndCountsAsItsLastAction() throws Exception {
		Sent sent = sentAppeal(newTeam());
		TestUser researcher = user(sent.team());
		// The clock stands at the start of the test, before the letter: only an assessment made after it reads its time.
		JsonNode row = read(mvc.perform(api(get("/api/watch-list"), researcher)).andReturn()).get("items").get(0);
		assertThat(Instant.parse(row.get("lastActionAt").asString())).isEqualTo(sent.sentAt());
	}

}
