package org.vigil.cases;

/** How soon the organisation must act; the terms of the HURIDOCS "Priority" micro-thesaurus (MT46). */
public enum Priority {
	URGENT, HIGH, MEDIUM, LOW
}
