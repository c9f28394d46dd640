package org.vigil.law;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One state's participation in one instrument, as Vigil holds it.
 *
 * @param state ISO 3166-1 alpha-2 code
 * @param instrument the instrument
 * @param status party, signatory or neither
 * @param how the act behind the status ({@code null} for {@code NONE})
 * @param date the date of that act (ratification, accession, succession or signature), or {@code null} when not known
 * @param signed the date of signature when the state signed before it ratified, or {@code null}
 * @param reservations the reservations and declarations that matter for return and detention, in a sentence, or {@code null}
 * @param restricts the articles those reservations limit, as the data writes them ({@code 20}, {@code 1B(1)(a)})
 * @param complaints whether the state accepts individual complaints under the instrument's complaints article
 *                   ({@code null} when the instrument has none or it is not known)
 * @param verified whether the row was checked against the depositary or two independent sources
 * @param source where the row comes from
 * @param asOf the day the source was read
 */
public record Participation(String state, InstrumentCode instrument, ParticipationStatus status, ConsentWay how,
		LocalDate date, LocalDate signed, String reservations, Set<String> restricts, Boolean complaints, boolean verified,
		String source, LocalDate asOf) {

	public Participation {
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(instrument, "instrument");
		Objects.requireNonNull(status, "status");
		restricts = restricts == null ? Set.of() : Set.copyOf(restricts);
	}

	/** A state Vigil holds nothing about for this instrument: neither, unverified, without a source. */
	public static Participation unknown(String state, InstrumentCode instrument) {
		return new Participation(state, instrument, ParticipationStatus.NONE, null, null, null, null, Set.of(), null, false,
				null, null);
	}

	public boolean isParty() {
		return status == ParticipationStatus.PARTY;
	}

	public boolean isSignatory() {
		return status == ParticipationStatus.SIGNATORY;
	}

	/** Whether a reservation or declaration limits this article. */
	public boolean restricts(String article) {
		return restricts.contains(article);
	}

	/** Whether the row says where it comes from and as of when. */
	public boolean isSourced() {
		return source != null && !source.isBlank() && asOf != null;
	}

}
