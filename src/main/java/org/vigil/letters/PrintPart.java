package org.vigil.letters;

/** One document in a print batch: a letter (or its cover letter), a fax cover sheet or an address label. */
public sealed interface PrintPart {

	/** A letter, or a cover letter that goes with one. */
	record Letter(LetterDocument letter) implements PrintPart {
	}

	/** A fax cover sheet. */
	record Cover(FaxCover cover) implements PrintPart {
	}

	/** An address label, on a page of its own. */
	record Label(AddressLabel label) implements PrintPart {
	}

}
