package org.vigil.cases;

/**
 * What the people of a case face if they are returned, as the case records it: the law module reads
 * these to work out which treaties bind the states on the way (the death penalty brings in the
 * right to life and the Second Optional Protocol to the ICCPR, a disappearance the Convention
 * against Enforced Disappearance). Not protected — the risks of a return are what an appeal says
 * openly — and recorded for the case, not for each person. The constants carry the same names as
 * the engine's, so the wiring maps one to the other by name.
 */
public enum ReturnRisk {

	/** Torture or other cruel, inhuman or degrading treatment or punishment (CAT, ICCPR art. 7). */
	TORTURE,

	/** A death sentence or execution (ICCPR art. 6 and its Second Optional Protocol). */
	DEATH_PENALTY,

	/** Detention without a lawful basis or fair process (ICCPR art. 9). */
	ARBITRARY_DETENTION,

	/** Being taken by the state and its denying it, the person's fate kept hidden (CED). */
	ENFORCED_DISAPPEARANCE,

	/** Serious harm for who they are or what they believe (the 1951 Refugee Convention). */
	PERSECUTION,

	/** Rape or other sexual violence, in custody or on the way. */
	SEXUAL_VIOLENCE,

	/** Work exacted under threat of punishment, such as in prison or labour camps (ILO conventions). */
	FORCED_LABOUR,

	/** Being sold or trafficked (the Palermo Protocol). */
	TRAFFICKING

}
