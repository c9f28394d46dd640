package org.vigil.publishing.internal.prepare;

import org.vigil.platform.RefusalRule;

/** The rules that can refuse a step on a publication; their explanations are {@code refusal.NAME} in the publishing bundle. */
enum PublicationRule implements RefusalRule {

	/** Only reviewers prepare, release, correct and withdraw publications. */
	REVIEWER_REQUIRED(Kind.NOT_ALLOWED),

	/** The viewer sees the case (it was shared with them) but is not of the team that owns it. */
	NOT_THE_TEAMS(Kind.NOT_ALLOWED),

	/** The case's protected data was destroyed: nothing of it can be published any more. */
	PURGED_CASE_NOT_PUBLISHED(Kind.GONE),

	/** A publication starts from an appeal or as a press release: one of the two, not both, not neither. */
	SOURCE_REQUIRED(Kind.BAD_INPUT),

	/** Only an approved appeal whose letter was dispatched is published. */
	APPEAL_NOT_DISPATCHED(Kind.WRONG_STATE),

	/** The text holds a protected value of the case; the arguments name the field and what matched, never the value. */
	PROTECTED_VALUE(Kind.BAD_INPUT),

	/** The two-person rule: who prepared or last edited a publication does not release it. */
	SECOND_REVIEWER_REQUIRED(Kind.NOT_ALLOWED),

	/** It is no longer a draft: it was released (or is waiting for its embargo) or withdrawn. */
	NO_LONGER_A_DRAFT(Kind.WRONG_STATE),

	/** Only a published item is corrected; only a published or embargoed one withdrawn. */
	NOT_PUBLISHED(Kind.WRONG_STATE),

	/** The public site lists every item under its region and country: both are needed before a release. */
	TAG_REQUIRED(Kind.BAD_INPUT),

	/** A publication is filed under one of the UN M49 areas the table of regions lists. */
	REGION_UNKNOWN(Kind.BAD_INPUT),

	/** An embargo ends in the future, within a year. */
	EMBARGO_OUT_OF_RANGE(Kind.BAD_INPUT),

	/** The time zone an embargo was entered in is not one Vigil knows. */
	EMBARGO_ZONE_UNKNOWN(Kind.BAD_INPUT),

	/** A correction says what was corrected. */
	NOTE_REQUIRED(Kind.BAD_INPUT),

	/** A withdrawal leaves a notice for readers of its address. */
	NOTICE_REQUIRED(Kind.BAD_INPUT);

	private final Kind kind;

	PublicationRule(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

}
