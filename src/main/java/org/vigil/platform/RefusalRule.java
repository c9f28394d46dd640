package org.vigil.platform;

/**
 * A named rule that can refuse a request. Modules list their rules as enums implementing this
 * interface; the constant's name is what an API caller reads as {@code refusal} and what the
 * message bundles key the explanation by ({@code refusal.NAME}), so names are stable and unique
 * across Vigil (two modules may share a name only when they mean the same thing).
 */
public interface RefusalRule {

	/** The stable name, e.g. {@code OWN_APPEAL}. Enums provide it. */
	String name();

	/** What kind of "no" this is; platform decides how each kind is answered. */
	Kind kind();

	/** The kinds of refusal, each answered one way in the API and on pages. */
	enum Kind {

		/** The input is wrong: a field is missing, malformed or out of range (400). */
		BAD_INPUT,

		/** The person may not do this at all, whatever the state of the record (403). */
		NOT_ALLOWED,

		/** The record does not exist or is not shared with the person (404). */
		NOT_FOUND,

		/** The record is not in a state for this step, or was changed since it was loaded (409). */
		WRONG_STATE,

		/** The record is gone for good, e.g. its key was destroyed when the case was purged (410). */
		GONE,

		/** The input is larger than Vigil accepts (413). */
		TOO_LARGE,

		/** The input is in a format Vigil does not read (415). */
		UNSUPPORTED_FORMAT

	}

}
