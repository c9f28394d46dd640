package org.vigil.appeals;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What a drafter should look at again before submitting an edited draft: a citation the edit
 * removed, a place the case's timeline does not know, a treaty status the law data contradicts, an
 * identity the case protects. Implemented by the module that drafts, so that appeals needs none of
 * the modules these facts come from. A warning names what it found only when that is not protected:
 * a protected identity is reported without repeating it.
 */
public interface DraftChecks {

	/**
	 * The warnings for the edited text, in the order of the kinds.
	 *
	 * @param generated the text as Vigil generated it, or {@code null} for a hand-written appeal
	 * @param edited the text as it stands now (subject, asks and body together)
	 */
	List<Warning> check(UUID caseId, String generated, String edited, Locale locale);

	/** The kinds of warning. */
	enum Kind {
		CITATION_REMOVED, UNKNOWN_PLACE, TREATY_STATUS, PROTECTED_IDENTITY
	}

	/**
	 * One warning.
	 *
	 * @param subject what it is about (the citation, the place, the treaty), or {@code null} for a protected identity
	 * @param message the warning in the reader's language
	 */
	record Warning(Kind kind, String subject, String message) {
	}

}
