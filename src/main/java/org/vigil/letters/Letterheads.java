package org.vigil.letters;

/** The organisation's own letterhead, from the {@code vigil.organisation.*} settings (README, "Letters"). */
public interface Letterheads {

	/** The letterhead every letter of this organisation carries. */
	LetterDocument.Letterhead own();

}
