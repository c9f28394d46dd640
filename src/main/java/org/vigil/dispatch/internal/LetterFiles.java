package org.vigil.dispatch.internal;

import java.util.Optional;
import java.util.UUID;

/**
 * The port to the letters module: the PDF of an approved appeal's letter, attached to its email.
 *
 * <p>{@link AppealLetterFiles} answers it from the appeals module's {@code AppealLetters}.
 */
interface LetterFiles {

	/** The letter as a PDF, or empty when there is none. */
	Optional<byte[]> pdf(UUID caseId, UUID appealId);

}
