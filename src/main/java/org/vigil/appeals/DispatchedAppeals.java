package org.vigil.appeals;

import java.util.UUID;

/**
 * Whether an appeal's letter went out, for the module that sends it to answer. Appeals asks before
 * a signatory withdraws an approval: once a letter was dispatched its approval stands. Appeals
 * answers "not dispatched" when no module provides this.
 */
public interface DispatchedAppeals {

	/** Whether a letter of the appeal was dispatched (or is on its way) to anyone. */
	boolean dispatched(UUID caseId, UUID appealId);

	/**
	 * The case's appeals a letter of which was dispatched, the first dispatched first, each with when its first letter went
	 * out (or was set to go). None when no module provides this.
	 */
	default java.util.List<Dispatched> dispatchedOf(UUID caseId) {
		return java.util.List.of();
	}

	/** An appeal of the case whose letter was dispatched, and when the first of its letters was. */
	record Dispatched(UUID appealId, java.time.Instant firstAt) {

		/** The appeal's short reference ({@code A-1B2C3D4E}), as letters and replies quote it. */
		public String reference() {
			return ApprovedAppeal.referenceOf(appealId);
		}

	}

}
