package org.vigil.dispatch.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.appeals.AppealLetters;

/** The letters dispatch attaches: the approved appeal's letter as the appeals module lays it out. */
@Component
class AppealLetterFiles implements LetterFiles {

	private final AppealLetters letters;

	AppealLetterFiles(AppealLetters letters) {
		this.letters = letters;
	}

	@Override
	public Optional<byte[]> pdf(UUID caseId, UUID appealId) {
		return letters.pdf(caseId, appealId);
	}

}
