package org.vigil.cases;

/**
 * The HURIDOCS counting unit: one individual, or a group counted together ("five refugees")
 * before its members are known by name.
 */
public enum PersonKind {
	INDIVIDUAL, GROUP
}
