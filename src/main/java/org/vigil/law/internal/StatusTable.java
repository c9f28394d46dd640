package org.vigil.law.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.vigil.law.ConsentWay;
import org.vigil.law.InstrumentCode;
import org.vigil.law.ParticipationStatus;
import org.vigil.platform.Refusal;

/**
 * A published status table as read from an uploaded file: for one instrument, the status of every
 * tracked state (those the file does not list are {@code NONE}), and the participants it lists that
 * Vigil does not track (territories, organisations), which are shown and left aside.
 */
record StatusTable(Format format, InstrumentCode instrument, List<Row> rows, List<String> untracked) {

	StatusTable {
		rows = List.copyOf(rows);
		untracked = List.copyOf(untracked);
	}

	/**
	 * One state's status as the file gives it.
	 *
	 * @param reservations what the file says of the state's reservations and declarations that matter,
	 *                     or {@code null} when it says nothing of them (OHCHR's export, a state it does not list)
	 */
	record Row(String state, ParticipationStatus status, ConsentWay how, LocalDate date, LocalDate signed, Reservations reservations) {

		/** A row of a file that says nothing of reservations. */
		Row(String state, ParticipationStatus status, ConsentWay how, LocalDate date, LocalDate signed) {
			this(state, status, how, date, signed, null);
		}

	}

	/**
	 * The reservations and declarations that matter for return and detention, as the depositary gives them.
	 *
	 * @param text the sentences that matter, quoted, or {@code null} when none does
	 * @param restricts the articles they limit ({@code 20}, {@code 1B(1)(a)})
	 * @param complaints whether the state accepts individual complaints under the complaints article;
	 *                   {@code null} when the instrument has no such declaration or the state is not party
	 */
	record Reservations(String text, Set<String> restricts, Boolean complaints) {

		Reservations {
			restricts = restricts == null ? Set.of() : Set.copyOf(restricts);
		}

	}

	/** The layouts Vigil reads, and whether a file in it is the depositary's own record. */
	enum Format {

		/** The UN Treaty Collection's status page for one treaty, saved as HTML: the depositary's record. */
		UNTC_HTML(true),
		/** The OHCHR ratification status export for one treaty (Office Open XML spreadsheet): not the depositary. */
		OHCHR_XLSX(false);

		private final boolean depositary;

		Format(boolean depositary) {
			this.depositary = depositary;
		}

		public boolean depositary() {
			return depositary;
		}

	}

	/** What reading a file gave: the table, or why it was refused. */
	record Reading(StatusTable table, Refusal refusal) {

		static Reading of(StatusTable table) {
			return new Reading(table, null);
		}

		static Reading refused(LawRefusal rule, String why) {
			return new Reading(null, Refusal.onField(rule, "file", why));
		}

		boolean ok() {
			return table != null;
		}

	}

}
