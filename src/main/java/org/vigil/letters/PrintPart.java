package org.vigil.letters;

/** One document in a print batch: a letter, the cover letter in front of one, a fax cover sheet or an address label. */
public sealed interface PrintPart {

	/** A letter. */
	record Letter(LetterDocument letter) implements PrintPart {
	}

	/** The cover letter in front of a posted letter. */
	record Covering(CoverLetter cover) implements PrintPart {
	}

	/** A fax cover sheet. */
	record Cover(FaxCover cover) implements PrintPart {
	}

	/** An address label, on a page of its own. */
	record Label(AddressLabel label) implements PrintPart {
	}

}
