package org.vigil.law;

/** How a state came to its status: the act it deposited. */
public enum ConsentWay {

	RATIFICATION, ACCESSION, SUCCESSION, SIGNATURE

}
