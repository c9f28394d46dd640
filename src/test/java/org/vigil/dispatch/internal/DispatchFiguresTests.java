package org.vigil.dispatch.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.accounts.Role;
import org.vigil.dispatch.DispatchFigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 7 at 200 000 appeals: the directors' figures are read from a row per appeal kept as
 * letters go out and replies come (V177), and they are the figures of every letter and reply, as they
 * were when each request aggregated them all.
 */
class DispatchFiguresTests extends DispatchIntegrationTest {

	/** The figures as the report worked them out before V177, from every letter and reply. */
	private static final String APPEALS = """
			with sent as (select appeal_id, case_id, min(sent_at) as first_sent from dispatch_attempts where sent_at is not null
			group by appeal_id, case_id),
			replied as (select appeal_id, min(received_at) as first_reply from dispatch_replies where status = 'ATTACHED'
			and appeal_id is not null group by appeal_id)
			""";

	@Autowired
	private DispatchFigures figures;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void theFiguresKeptAsLettersGoAndRepliesComeAreTheFiguresOfEveryLetterAndReply() throws Exception {
		String team = newTeam();
		TestUser officer = user(team, Role.ADVOCACY);
		// Answered through one of its letters: counted for that letter's addressee only.
		Approved threaded = approvedAppeal(team, "Your Excellency, we appeal to you.");
		dispatch(officer, threaded.caseId(), threaded.appealId(), uniqueAddress("gb")).andExpect(status().isCreated());
		dispatchOn(officer, threaded, "EMAIL", uniqueAddress("mps"), false).andExpect(status().isCreated());
		eventually(() -> assertThat(sent(threaded)).isEqualTo(2));
		String messageId = jdbc.queryForObject("select message_id from dispatch_attempts where appeal_id = ? and destination_name = "
				+ "'Ministry of Public Security'", String.class, threaded.appealId());
		deliverRaw("From: mps@gov.example.org\nTo: " + MAILBOX + "\nSubject: Re: your letter\nMessage-ID: <" + UUID.randomUUID()
				+ "@gov.example.org>\nIn-Reply-To: " + messageId + "\nContent-Type: text/plain; charset=UTF-8\n\nWe received it.\n");
		fetchMailbox(officer).andExpect(status().isOk());
		// Answered by a letter logged by hand: counted for every addressee.
		Approved logged = approvedAppeal(team, "Your Excellency, we appeal to you again.");
		dispatch(officer, logged.caseId(), logged.appealId(), uniqueAddress("gb")).andExpect(status().isCreated());
		eventually(() -> assertThat(sent(logged)).isEqualTo(1));
		mvc.perform(api(post("/api/cases/" + logged.caseId() + "/appeals/" + logged.appealId() + "/responses"), officer)
			.content(json.writeValueAsString(Map.of("receivedVia", "POST", "type", "DENIAL", "impact", "NEGATIVE", "receivedAt",
					Instant.now().toString(), "sender", "Ministry", "text", "No."))))
			.andExpect(status().isCreated());
		// Not answered.
		Approved unanswered = approvedAppeal(team, "Your Excellency, we appeal to you once more.");
		dispatch(officer, unanswered.caseId(), unanswered.appealId(), uniqueAddress("gb")).andExpect(status().isCreated());
		eventually(() -> assertThat(sent(unanswered)).isEqualTo(1));

		assertThat(figures.sentPerMonth(24)).isEqualTo(jdbc.query(APPEALS + """
				select to_char(date_trunc('month', first_sent at time zone 'UTC'), 'YYYY-MM'), count(*) from sent
				where first_sent >= date_trunc('month', now()) - make_interval(months => 23) group by 1 order by 1""",
				(rs, i) -> new DispatchFigures.Count(rs.getString(1), rs.getLong(2))));
		assertThat(figures.answeredByState()).isEqualTo(jdbc.query(APPEALS + """
				select c.country_of_custody, count(*), count(r.appeal_id) from sent s join cases c on c.id = s.case_id
				left join replied r on r.appeal_id = s.appeal_id group by 1 order by 2 desc, 1""", this::answered));
		assertThat(figures.answeredByAddressee(1000)).isEqualTo(jdbc.query("""
				select coalesce(a.destination_title, a.destination_name, a.channel), count(distinct a.appeal_id), count(distinct r.appeal_id)
				from dispatch_attempts a left join dispatch_replies r on r.appeal_id = a.appeal_id and r.status = 'ATTACHED'
				and (r.attempt_id is null or r.attempt_id = a.id) where a.sent_at is not null group by 1 order by 2 desc, 1""", this::answered));
		assertThat(figures.medians()).isEqualTo(jdbc.queryForObject(APPEALS + """
				select percentile_cont(0.5) within group (order by extract(epoch from s.first_sent - c.created_at) / 86400),
				percentile_cont(0.5) within group (order by extract(epoch from r.first_reply - s.first_sent) / 86400)
				from sent s join cases c on c.id = s.case_id left join replied r on r.appeal_id = s.appeal_id""",
				(rs, i) -> new DispatchFigures.Medians((Double) rs.getObject(1), (Double) rs.getObject(2))));
		assertThat(answeredFor(threaded, "Ministry of Public Security")).isTrue();
		assertThat(answeredFor(threaded, "General Office of the State Council")).isFalse();
	}

	@Test
	void theMigrationFillsTheFiguresOfTheAppealsSentBeforeItAsTheTriggersKeepThem() throws Exception {
		String team = newTeam();
		TestUser officer = user(team, Role.ADVOCACY);
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		dispatch(officer, appeal.caseId(), appeal.appealId(), uniqueAddress("gb")).andExpect(status().isCreated());
		eventually(() -> assertThat(sent(appeal)).isEqualTo(1));
		String migration = Files.readString(Path.of("src/main/resources/db/migration/V177__appeal_figures.sql"));
		String fill = migration.substring(migration.indexOf("-- The appeals sent and answered so far."));
		List<Map<String, Object>> kept = figureRows();

		List<Map<String, Object>> filled = transactions.execute(status -> {
			jdbc.update("delete from dispatch_addressee_figures");
			jdbc.update("delete from dispatch_appeal_figures");
			jdbc.execute(fill);
			List<Map<String, Object>> rows = figureRows();
			status.setRollbackOnly();
			return rows;
		});

		assertThat(kept).anyMatch(row -> appeal.appealId().equals(row.get("appeal_id")));
		assertThat(filled).isEqualTo(kept);
	}

	private List<Map<String, Object>> figureRows() {
		return jdbc.queryForList("""
				select f.appeal_id, f.case_id, f.case_opened_at, f.first_sent_at, f.first_reply_at, f.replied_to_all, a.addressee, a.answered
				from dispatch_appeal_figures f left join dispatch_addressee_figures a on a.appeal_id = f.appeal_id
				order by f.appeal_id, a.addressee""");
	}

	private int sent(Approved appeal) {
		return jdbc.queryForObject("select count(*) from dispatch_attempts where appeal_id = ? and sent_at is not null", Integer.class,
				appeal.appealId());
	}

	private boolean answeredFor(Approved appeal, String addressee) {
		return jdbc.queryForObject("select a.answered or f.replied_to_all from dispatch_addressee_figures a join dispatch_appeal_figures f "
				+ "on f.appeal_id = a.appeal_id where a.appeal_id = ? and a.addressee = ?", Boolean.class, appeal.appealId(), addressee);
	}

	private DispatchFigures.Answered answered(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new DispatchFigures.Answered(rs.getString(1), rs.getLong(2), rs.getLong(3));
	}

}
