package org.vigil.cases;

/** How far a source can be trusted; the terms of the HURIDOCS "Reliability" micro-thesaurus (MT42). */
public enum Reliability {
	HIGH, MEDIUM, LOW, UNKNOWN
}
