package org.vigil.law;

import java.util.List;

/**
 * Each UN member and observer state's participation in every instrument. Unverified rows are
 * returned like the others, with {@link Participation#verified()} false: whoever shows or uses them
 * must say so.
 */
public interface StateParticipation {

	/** Whether Vigil tracks this state (ISO 3166-1 alpha-2): the UN member and observer states. */
	boolean tracks(String iso2);

	/** The state's participation in every instrument, in the order of {@link InstrumentCode}. */
	List<Participation> of(String iso2);

	/** The state's participation in one instrument ({@code NONE}, unverified, when nothing is held). */
	Participation of(String iso2, InstrumentCode instrument);

	/** Every tracked state's row for the instrument, by state code. */
	List<Participation> across(InstrumentCode instrument);

}
