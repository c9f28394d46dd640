package org.vigil.cases;

/**
 * Something another module adds to the sample case that {@code --demo} records once — the sample
 * case's whereabouts, say. The case registry calls every contribution right after recording the
 * case, in the same transaction: the sample case appears whole or not at all, and never twice.
 */
public interface DemoContribution {

	void contribute(DemoCase demo);

}
