package org.vigil.law.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vigil.law.Participation;

/**
 * The whole of {@code law_participation} in memory, for the obligations engine, which reads the rows
 * of a case's states on every request and changes none. About three thousand rows change a few times
 * a year, through an import on some node: the trigger of V189 moves a revision with every change, and
 * this node reads that revision at most once a {@link #CHECKED_EVERY second} — and at once after a
 * change it made itself — and reads the table again when it has moved. Another node's change is
 * therefore seen within a second, this node's own at once.
 */
@Component
class ParticipationMemory {

	/** How long this node goes on from a revision it has read before reading it again. */
	static final Duration CHECKED_EVERY = Duration.ofSeconds(1);

	private final JdbcClient jdbc;

	private final LongSupplier nanoTime;

	private volatile Held held;

	@Autowired
	ParticipationMemory(JdbcClient jdbc) {
		this(jdbc, System::nanoTime);
	}

	ParticipationMemory(JdbcClient jdbc, LongSupplier nanoTime) {
		this.jdbc = jdbc;
		this.nanoTime = nanoTime;
	}

	/** The rows of these states, as the table held them at its latest revision this node has seen. */
	ParticipationTable tableOf(Collection<String> states) {
		Map<String, List<Participation>> rows = current().rows;
		List<Participation> chosen = new ArrayList<>();
		for (String state : states) {
			chosen.addAll(rows.getOrDefault(state, List.of()));
		}
		return new ParticipationTable(chosen);
	}

	/**
	 * This node changed participation in the current transaction: the revision is read again once it
	 * commits (not before, or the rows read again would be the ones it replaces).
	 */
	void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					held = null;
				}

			});
		}
		else {
			held = null;
		}
	}

	private Held current() {
		Held now = held;
		long tick = nanoTime.getAsLong();
		if (now != null && tick - now.checkedAt < CHECKED_EVERY.toNanos()) {
			return now;
		}
		long revision = revision();
		Held next = now != null && now.revision == revision ? new Held(revision, now.rows, tick) : new Held(revision, read(), tick);
		held = next;
		return next;
	}

	private long revision() {
		return jdbc.sql("select revision from law_participation_revision").query(Long.class).single();
	}

	/** Read after the revision: a change in between is read with the older number and read again at the next check. */
	private Map<String, List<Participation>> read() {
		Map<String, List<Participation>> rows = new HashMap<>();
		jdbc.sql("select " + ParticipationRecords.COLUMNS + " from law_participation").query(ParticipationRecords::row).list()
			.forEach(row -> rows.computeIfAbsent(row.state(), s -> new ArrayList<>()).add(row));
		rows.replaceAll((state, list) -> List.copyOf(list));
		return Map.copyOf(rows);
	}

	private record Held(long revision, Map<String, List<Participation>> rows, long checkedAt) {
	}

}
