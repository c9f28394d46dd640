package org.vigil.cases;

/** The part a person plays in a case. */
public enum PersonRole {
	AT_RISK, RELATIVE, WITNESS, LEGAL_REPRESENTATIVE, OTHER
}
