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
import org.vigil.law.Participation;
import org.vigil.platform.DatabaseRevision;

/**
 * The whole of {@code law_participation} in memory, for the obligations engine, which reads the rows
 * of a case's states on every request and changes none. About three thousand rows change a few times
 * a year, through an import on some node: the trigger of V189 moves a revision with every change
 * (a {@link DatabaseRevision}), which this node reads at most once a {@link #CHECKED_EVERY second} — and
 * at once after a change it made itself has committed — and it reads the table again when the
 * revision has moved. Another node's change is therefore seen within a second, this node's own at once.
 */
@Component
class ParticipationMemory {

	/** How long this node goes on from a revision it has read before reading it again. */
	static final Duration CHECKED_EVERY = DatabaseRevision.CHECKED_EVERY;

	private final JdbcClient jdbc;

	private final DatabaseRevision revision;

	private volatile Held held;

	@Autowired
	ParticipationMemory(JdbcClient jdbc) {
		this(jdbc, System::nanoTime);
	}

	ParticipationMemory(JdbcClient jdbc, LongSupplier nanoTime) {
		this.jdbc = jdbc;
		this.revision = new DatabaseRevision(jdbc, "law_participation_revision", nanoTime);
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
	 * This node changes participation in the current transaction: the revision is read again once it
	 * commits (not before, or the rows read again would be the ones it replaces).
	 */
	void changed() {
		revision.changed();
	}

	/** Read after the revision: a change in between is read with the older number, and read again once the number has moved. */
	private Held current() {
		long now = revision.current();
		Held kept = held;
		if (kept != null && kept.revision == now) {
			return kept;
		}
		Held next = new Held(now, read());
		held = next;
		return next;
	}

	private Map<String, List<Participation>> read() {
		Map<String, List<Participation>> rows = new HashMap<>();
		jdbc.sql("select " + ParticipationRecords.COLUMNS + " from law_participation").query(ParticipationRecords::row).list()
			.forEach(row -> rows.computeIfAbsent(row.state(), s -> new ArrayList<>()).add(row));
		rows.replaceAll((state, list) -> List.copyOf(list));
		return Map.copyOf(rows);
	}

	private record Held(long revision, Map<String, List<Participation>> rows) {
	}

}
