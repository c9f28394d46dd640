package org.vigil.appeals.internal;

/**
 * The steps an appeal's page offers its viewer.
 *
 * @param awaitsSecondReviewer the viewer reviews for the team but contributed to this appeal in review,
 *                             so the page explains that another reviewer must approve it
 */
record AppealPermissions(boolean mayEdit, boolean maySubmit, boolean mayApprove, boolean mayReturn,
		boolean awaitsSecondReviewer) {
}
