package org.vigil.events;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.accounts.Role;
import org.vigil.support.OperatorShell;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An event whose listener fails is not lost: it stays in the registry as failed, the operator or
 * an administrator sends it again, and then it completes — with its side effect (a row its
 * listener writes in its own transaction) done exactly once.
 */
@Import(EventRetryTests.Listeners.class)
class EventRetryTests extends WebIntegrationTest {

	/** What the listener is told; {@code note} stands for what an event may carry and the page must not show. */
	record LetterQueued(UUID letterId, String note) {
	}

	/** A listener that fails the first time for each letter, as a mail server that is down would. */
	static class FlakyPostOffice {

		private final JdbcTemplate jdbc;

		final AtomicInteger attempts = new AtomicInteger();

		FlakyPostOffice(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@ApplicationModuleListener
		void send(LetterQueued letter) {
			jdbc.update("insert into test_letters_sent (letter_id) values (?)", letter.letterId());
			if (attempts.incrementAndGet() % 2 == 1) {
				throw new IllegalStateException("The mail server did not answer");
			}
		}

	}

	@TestConfiguration
	static class Listeners {

		@Bean
		FlakyPostOffice flakyPostOffice(JdbcTemplate jdbc) {
			jdbc.execute("create table if not exists test_letters_sent (letter_id uuid not null)");
			return new FlakyPostOffice(jdbc);
		}

	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationContext context;

	@Autowired
	FlakyPostOffice postOffice;

	@Test
	void aFailedListenerCompletesWhenTheOperatorResubmitsAndItsWorkIsDoneOnce() {
		UUID letter = queue("for the eyes of the case team only");
		awaitThat(() -> publicationStatus(letter).equals("FAILED"));
		assertThat(sent(letter)).as("the failed attempt's write was rolled back").isZero();
		OperatorShell.Ran listed = OperatorShell.run(context, "events", "list");
		assertThat(listed.out()).contains("FAILED").contains("LetterQueued").doesNotContain("for the eyes");

		OperatorShell.Ran resubmitted = OperatorShell.run(context, "events", "resubmit");
		assertThat(resubmitted.exit()).as(resubmitted.all()).isZero();

		awaitThat(() -> publicationStatus(letter).equals("COMPLETED"));
		assertThat(sent(letter)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entries where action = 'events.resubmitted' and actor like 'operator:%'",
				Integer.class)).isPositive();
	}

	@Test
	void anAdministratorSeesTheFailedEventWithoutItsContentAndResubmitsIt() throws Exception {
		UUID letter = queue("Kim Young-chul, hiding in Yanji");
		awaitThat(() -> publicationStatus(letter).equals("FAILED"));
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		MockHttpSession session = signIn(admin);
		String page = mvc.perform(get("/admin/events").session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("LetterQueued").contains("FlakyPostOffice").doesNotContain("Kim Young-chul").doesNotContain("Yanji");

		mvc.perform(post("/admin/events/resubmit").param("id", publicationOf(letter).toString()).session(session).with(csrf()))
			.andExpect(redirectedUrl("/admin/events"));

		awaitThat(() -> publicationStatus(letter).equals("COMPLETED"));
		assertThat(sent(letter)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entries where action = 'events.resubmitted' and actor = ? and record_id = ?",
				Integer.class, admin.username(), publicationOf(letter).toString())).isEqualTo(1);
	}

	@Test
	void theEventsPageIsForAdministratorsOnly() throws Exception {
		TestUser researcher = user(newTeam(), Role.RESEARCHER);
		mvc.perform(get("/admin/events").session(signIn(researcher))).andExpect(status().isForbidden());
	}

	private UUID queue(String note) {
		UUID letter = UUID.randomUUID();
		transactions.executeWithoutResult(tx -> events.publishEvent(new LetterQueued(letter, note)));
		return letter;
	}

	private int sent(UUID letter) {
		return jdbc.queryForObject("select count(*) from test_letters_sent where letter_id = ?", Integer.class, letter);
	}

	private UUID publicationOf(UUID letter) {
		return jdbc.queryForObject("select id from event_publication where serialized_event like ?", UUID.class, "%" + letter + "%");
	}

	private String publicationStatus(UUID letter) {
		return jdbc.queryForList("select status from event_publication where serialized_event like ?", String.class, "%" + letter + "%")
			.stream().findFirst().orElse("none");
	}

	/** Listeners run on their own threads: wait (at most a minute) until what they do shows. */
	private static void awaitThat(BooleanSupplier condition) {
		for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
		assertThat(condition.getAsBoolean()).as("the listener got there within a minute").isTrue();
	}

}
