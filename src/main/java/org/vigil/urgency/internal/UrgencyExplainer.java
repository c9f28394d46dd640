package org.vigil.urgency.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.platform.NotFoundException;
import org.vigil.urgency.UrgencyExplanations;

/** The stored assessment of a case (assessed first when it has none), its reasons written in the language asked for. */
@Component
class UrgencyExplainer implements UrgencyExplanations {

	private final Reassessment reassessment;

	private final PhraseWords words;

	UrgencyExplainer(Reassessment reassessment, PhraseWords words) {
		this.reassessment = reassessment;
		this.words = words;
	}

	@Override
	public Optional<Explained> explain(UUID caseId, Locale locale) {
		try {
			StoredAssessment assessment = reassessment.current(caseId);
			return Optional.of(new Explained(assessment.level(),
					assessment.reasons().stream().map(reason -> words.say(reason, locale)).toList()));
		}
		catch (NotFoundException unknown) {
			return Optional.empty();
		}
	}

}
