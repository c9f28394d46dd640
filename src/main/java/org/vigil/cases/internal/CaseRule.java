package org.vigil.cases.internal;

import org.vigil.platform.RefusalRule;

/**
 * The rules by which the case registry refuses a request. Their explanations are
 * {@code refusal.NAME} in the message bundles; API callers read the name as {@code refusal}.
 */
enum CaseRule implements RefusalRule {

	/** Opening a case takes a team, and the person is in none. */
	NO_TEAM(Kind.BAD_INPUT),
	/** A case is opened for one of one's own teams only. */
	NOT_YOUR_TEAM(Kind.BAD_INPUT),
	/** A share does not pass on further: only members of the owning team share a case. */
	SHARED_BY_OWNING_TEAM_ONLY(Kind.BAD_INPUT),
	/** A share or a grant that would end before it starts. */
	EXPIRY_NOT_IN_FUTURE(Kind.BAD_INPUT),
	/** The name given is not that of an active user. */
	UNKNOWN_USER(Kind.BAD_INPUT),
	/** The password given to confirm a step is not the person's current one. */
	WRONG_PASSWORD(Kind.BAD_INPUT),
	/** Revealing identities says why, in a few words at least. */
	REVEAL_REASON_NEEDED(Kind.BAD_INPUT),
	/** The identity permission is granted by reviewers of the team that owns the case. */
	GRANT_BY_TEAM_REVIEWER(Kind.NOT_ALLOWED),
	/** Nobody grants the identity permission to themselves: they ask, and another reviewer grants it. */
	OWN_GRANT(Kind.NOT_ALLOWED),
	/** Whoever asked for the identity permission does not decide on their own request. */
	OWN_REQUEST(Kind.NOT_ALLOWED),
	/** Who holds the identity permission, and asking for it, is for members of the owning team. */
	PERMISSION_FOR_TEAM_ONLY(Kind.NOT_ALLOWED),
	/** The person asking holds the identity permission already. */
	ALREADY_PERMITTED(Kind.WRONG_STATE),
	/** The person asked already, and no reviewer has decided yet. */
	REQUEST_WAITING(Kind.WRONG_STATE),
	/** The request was granted or declined already. */
	REQUEST_DECIDED(Kind.WRONG_STATE),
	/** Asking for the identity permission says why, in a few words at least. */
	PERMISSION_REASON_NEEDED(Kind.BAD_INPUT),
	/** An individual counts as one; several people are recorded as a group. */
	INDIVIDUAL_COUNTS_ONE(Kind.BAD_INPUT),
	/** A group says how many people it counts. */
	GROUP_NEEDS_COUNT(Kind.BAD_INPUT),
	/** A source is linked to persons of its own case only. */
	PERSON_OF_OTHER_CASE(Kind.BAD_INPUT),
	/** A source's name and contact details are changed only by someone to whom the identities are revealed. */
	SOURCE_IDENTITY_HIDDEN(Kind.NOT_ALLOWED),
	/** A case list is sorted in one of the orders offered. */
	UNKNOWN_SORT(Kind.BAD_INPUT),
	/** The case's key is destroyed: nothing protected can be recorded in it any more. */
	CASE_PURGED(Kind.WRONG_STATE),
	/** The person's key is destroyed: their identity can no longer be written. */
	PERSON_PURGED(Kind.WRONG_STATE),
	/** A bulk export is asked for one of one's own teams only. */
	EXPORT_TEAM_NOT_YOURS(Kind.BAD_INPUT),
	/** A bulk export says why it is needed. */
	EXPORT_REASON_NEEDED(Kind.BAD_INPUT),
	EXPORT_ALREADY_APPROVED(Kind.WRONG_STATE),
	EXPORT_NOT_APPROVED(Kind.WRONG_STATE),
	EXPORT_ALREADY_DOWNLOADED(Kind.WRONG_STATE),
	/** The passphrase an export is encrypted under is long enough to resist guessing. */
	PASSPHRASE_TOO_SHORT(Kind.BAD_INPUT);

	private final Kind kind;

	CaseRule(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

	/** An expiry, when one is given, lies in the future: for shares and identity grants alike. */
	static void requireFutureExpiry(java.time.Instant expiresAt) {
		if (expiresAt != null && !expiresAt.isAfter(java.time.Instant.now())) {
			throw org.vigil.platform.Refusal.onField(EXPIRY_NOT_IN_FUTURE, "expiresAt").toException();
		}
	}

}
