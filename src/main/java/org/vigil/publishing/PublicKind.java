package org.vigil.publishing;

/** What a public item is. */
public enum PublicKind {

	URGENT_APPEAL, PRESS_RELEASE

}
