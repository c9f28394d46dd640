package org.vigil.accounts.internal;

import org.vigil.platform.RefusalRule;

/**
 * The rules by which accounts refuse a request. Their explanations are {@code refusal.NAME} in the
 * message bundles: the administration pages and first-run setup show them in the reader's
 * language, the {@code admin} command prints them in English.
 */
enum AccountRule implements RefusalRule {

	USERNAME_INVALID(Kind.BAD_INPUT),
	USERNAME_TAKEN(Kind.BAD_INPUT),
	UNKNOWN_USERNAME(Kind.NOT_FOUND),
	PASSWORD_TOO_SHORT(Kind.BAD_INPUT),
	PASSWORD_TOO_LONG(Kind.BAD_INPUT),
	TEAM_NAME_INVALID(Kind.BAD_INPUT),
	/** A new user needs a role to do anything. */
	ROLE_REQUIRED(Kind.BAD_INPUT),
	/** A user keeps at least one role; to stop someone, revoke everything instead. */
	ROLES_EMPTIED(Kind.BAD_INPUT),
	/** Nobody takes the administrator role from themselves, so that no slip locks the organisation out. */
	OWN_ADMINISTRATOR_ROLE(Kind.NOT_ALLOWED);

	private final Kind kind;

	AccountRule(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

}
