package org.vigil.cases;

/** What became of the people in a case, as far as is known. */
public enum Outcome {
	UNKNOWN, STILL_HELD, RELEASED, REACHED_SAFETY, FORCIBLY_RETURNED, DISAPPEARED, DIED, OTHER
}
