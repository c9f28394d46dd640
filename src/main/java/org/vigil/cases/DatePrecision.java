package org.vigil.cases;

/** How much of a date is known (after the HURIDOCS date-type micro-thesaurus, MT48). */
public enum DatePrecision {
	EXACT, YEAR_ONLY, ESTIMATED
}
