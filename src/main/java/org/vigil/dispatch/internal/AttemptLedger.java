package org.vigil.dispatch.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the life of a delivery attempt, each step committed on its own at once — whatever the
 * transaction of the caller — so that a claim, a failure and a success are on disk before the
 * sender goes on. A claim is one conditional update: of two senders (the event listener and a
 * retry, or two nodes) only one wins, and an attempt that is SENT is never claimed again.
 */
@Component
class AttemptLedger {

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	AttemptLedger(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Claims a pending attempt for one try: answers the number of this try, or empty when the attempt
	 * is not pending or another sender claimed it since {@code staleBefore}.
	 */
	Optional<Integer> claim(UUID attemptId, Instant now, Instant staleBefore) {
		return ownTransaction.execute(status -> jdbc.sql("""
				update dispatch_attempts set in_flight_since = :now, attempts = attempts + 1, last_attempt_at = :now, version = version + 1
				where id = :id and status = 'PENDING' and (in_flight_since is null or in_flight_since < :stale)
				returning attempts""")
			.param("now", Timestamp.from(now)).param("stale", Timestamp.from(staleBefore)).param("id", attemptId)
			.query(Integer.class).optional());
	}

	/**
	 * The server accepted the letter (with a receipt — a fax service's id for it — or {@code null}):
	 * it is never sent again. Answers whether it is the first of its appeal's letters to go out since
	 * {@code burstSince} — the one that announces the dispatch.
	 */
	boolean sent(UUID attemptId, Instant at, Instant burstSince, String receipt) {
		return Boolean.TRUE.equals(ownTransaction.execute(status -> jdbc.sql("""
				update dispatch_attempts a set status = 'SENT', sent_at = :at, in_flight_since = null, last_error = null,
				next_attempt_at = null, receipt = coalesce(cast(:receipt as varchar), receipt), version = version + 1 where id = :id
				returning not exists (select 1 from dispatch_attempts o where o.appeal_id = a.appeal_id and o.id <> a.id
				and o.sent_at >= :since)""")
			.param("at", Timestamp.from(at)).param("since", Timestamp.from(burstSince)).param("receipt", receipt).param("id", attemptId)
			.query(Boolean.class).optional().orElse(false)));
	}

	/** The try failed: pending again, to be tried at {@code next}, or FAILED when {@code next} is null. */
	void failed(UUID attemptId, String error, Instant next) {
		ownTransaction.executeWithoutResult(status -> jdbc.sql("""
				update dispatch_attempts set status = :status, last_error = :error, in_flight_since = null, next_attempt_at = :next,
				version = version + 1 where id = :id""")
			.param("status", next == null ? AttemptStatus.FAILED.name() : AttemptStatus.PENDING.name())
			.param("error", error).param("next", next == null ? null : Timestamp.from(next)).param("id", attemptId).update());
	}

	/** Whether a retry should hand the attempt to its sender now: it is not pending, or pending and due. */
	boolean due(UUID attemptId, Instant now) {
		return jdbc.sql("select status <> 'PENDING' or next_attempt_at is null or next_attempt_at <= :now from dispatch_attempts where id = :id")
			.param("now", Timestamp.from(now)).param("id", attemptId).query(Boolean.class).optional().orElse(true);
	}

	/**
	 * An officer posted the letter or sent it through the web form: SENT, with who and the receipt. Answers
	 * whether it was pending and sent by hand — an attempt marked sent already stays as it was.
	 */
	boolean sentByHand(UUID attemptId, String by, String receipt, Instant at) {
		return ownTransaction.execute(status -> jdbc.sql("""
				update dispatch_attempts set status = 'SENT', sent_at = :at, sent_by = :by, receipt = :receipt, version = version + 1
				where id = :id and status = 'PENDING' and channel in ('POST', 'WEB_FORM')""")
			.param("at", Timestamp.from(at)).param("by", by).param("receipt", receipt).param("id", attemptId).update()) == 1;
	}

	/**
	 * A report on a letter that went out — the fax gateway's confirmation or failure, a bounce: the attempt
	 * becomes {@code outcome} with the report's words, if it was sent (or delivered, for a later bounce).
	 * Answers whether it changed.
	 */
	boolean reported(UUID attemptId, AttemptStatus outcome, String words, Instant at) {
		return ownTransaction.execute(status -> jdbc.sql("""
				update dispatch_attempts set status = :outcome, receipt = :words, last_error = :error, reported_at = :at,
				version = version + 1 where id = :id and status in ('SENT', 'DELIVERED') and status <> :outcome""")
			.param("outcome", outcome.name()).param("words", outcome == AttemptStatus.DELIVERED ? words : null)
			.param("error", outcome == AttemptStatus.DELIVERED ? null : words).param("at", Timestamp.from(at))
			.param("id", attemptId).update()) == 1;
	}

}
