package org.vigil.accounts.internal;

import org.vigil.platform.RefusalRule;

/** Why a team was not chosen or created on the administration pages ({@code refusal.NAME} in the bundles). */
enum TeamRule implements RefusalRule {

	/** A new user's team must be one that exists: teams are chosen from the list, never typed in. */
	NO_SUCH_TEAM(Kind.BAD_INPUT),

	/** A team's name is 1 to 100 characters, without control characters. */
	TEAM_NAME_INVALID(Kind.BAD_INPUT);

	private final Kind kind;

	TeamRule(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

}
