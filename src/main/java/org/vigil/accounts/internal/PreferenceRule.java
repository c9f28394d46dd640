package org.vigil.accounts.internal;

import org.vigil.platform.RefusalRule;

/** Why a user's own settings were not changed ({@code refusal.NAME} in the message bundles). */
enum PreferenceRule implements RefusalRule {

	/** The time zone asked for is not among those offered. */
	UNKNOWN_TIME_ZONE(Kind.BAD_INPUT),

	/** The settings were changed (in another window) after the page was opened. */
	SETTINGS_CHANGED(Kind.WRONG_STATE);

	private final Kind kind;

	PreferenceRule(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

}
