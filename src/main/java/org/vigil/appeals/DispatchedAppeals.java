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

}
