package org.vigil.support;

import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.vigil.accounts.Role;
import tools.jackson.databind.JsonNode;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application with GreenMail as its real SMTP server, so that approved appeals really go out,
 * and a clock the tests move (set back to now before each test) so that what falls due after days
 * falls due at once. For what happens after a letter is sent: follow-up, urgency.
 */
@Import(DispatchingIntegrationTest.Clocks.class)
public abstract class DispatchingIntegrationTest extends WebIntegrationTest {

	protected static final GreenMail MAIL = TestMailServer.start();

	/** The advocacy desk, where reminders of follow-up tasks go. */
	protected static final String DESK = "advocacy-desk@vigil.test";

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry, MAIL);
		registry.add("vigil.followup.mail-to", () -> DESK);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		MovableClock movableClock() {
			return new MovableClock(java.time.Instant.now());
		}

	}

	@Autowired
	protected MovableClock clock;

	@BeforeEach
	void timeIsNowAgain() throws Exception {
		awaitListeners();
		clock.set(java.time.Instant.now());
	}

	/** A case of the team with an appeal approved by a second person, sent by email by an advocacy officer; waits until it went out. */
	protected Sent sentAppeal(String team) throws Exception {
		TestUser author = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		TestUser officer = user(team, Role.ADVOCACY);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draftAppeal(author, caseId, "Your Excellency, we appeal to you on behalf of five refugees.");
		step(author, caseId, appealId, "submit", 0);
		step(reviewer, caseId, appealId, "approve", 1);
		mvc.perform(api(post(dispatches(caseId, appealId)), officer).content(json.writeValueAsString(Map.of("channels",
				java.util.List.of(Map.of("channel", "EMAIL", "to", "general-office-" + UUID.randomUUID() + "@gov.example.org"))))))
			.andExpect(status().isCreated());
		awaitListeners();
		JsonNode attempt = read(mvc.perform(api(get(dispatches(caseId, appealId)), officer)).andExpect(status().isOk()).andReturn()).get(0);
		return new Sent(team, caseId, appealId, officer, java.time.Instant.parse(attempt.get("sentAt").asString()));
	}

	/** An appeal of the team's case that went out at {@code sentAt}, and the officer who sent it. */
	protected record Sent(String team, UUID caseId, UUID appealId, TestUser officer, java.time.Instant sentAt) {
	}

	private ResultActions step(TestUser user, UUID caseId, UUID appealId, String step, long version) throws Exception {
		return mvc.perform(api(post("/api/cases/" + caseId + "/appeals/" + appealId + "/" + step), user)
			.content(json.writeValueAsString(Map.of("version", version, "password", PASSWORD))))
			.andExpect(status().isOk());
	}

	private static String dispatches(UUID caseId, UUID appealId) {
		return "/api/cases/" + caseId + "/appeals/" + appealId + "/dispatches";
	}

}
