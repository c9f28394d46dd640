package org.vigil.appeals;

/** Where an appeal is in its life: drafted, waiting for a second person, approved. */
public enum AppealStatus {

	/** Being written; researchers who may change the case edit it. */
	DRAFT,
	/** Submitted for review: nobody edits it; a reviewer approves it or returns it to draft. */
	IN_REVIEW,
	/** Approved by a second person; it can no longer be changed. */
	APPROVED

}
