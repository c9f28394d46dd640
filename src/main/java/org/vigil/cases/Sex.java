package org.vigil.cases;

public enum Sex {
	FEMALE, MALE, OTHER, UNKNOWN
}
