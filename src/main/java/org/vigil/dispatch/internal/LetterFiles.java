package org.vigil.dispatch.internal;

import java.util.Optional;
import java.util.UUID;

/**
 * The port to the letters module: the PDF of an approved appeal's letter, attached to its email.
 *
 * <p>TODO(letters): the letters module (the PDF of a letter, fax cover sheet, print batch) is not on
 * this branch. When it lands, an adapter implementing this interface answers the PDF and replaces
 * {@link NoLetterFilesYet}; until then an email carries the approved text only, with no attachment.
 */
interface LetterFiles {

	/** The letter as a PDF, or empty when there is none. */
	Optional<byte[]> pdf(UUID caseId, UUID appealId);

}
