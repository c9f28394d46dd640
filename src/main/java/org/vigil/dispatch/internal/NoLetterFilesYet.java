package org.vigil.dispatch.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** Stands in for the letters module until it lands (see {@link LetterFiles}): no PDF yet. */
@Component
class NoLetterFilesYet implements LetterFiles {

	@Override
	public Optional<byte[]> pdf(UUID caseId, UUID appealId) {
		return Optional.empty();
	}

}
