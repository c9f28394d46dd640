package org.vigil.appeals;

import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may read of an appeal in order to send it: its state, and once it is
 * approved its text. For module code acting on the case's behalf after the caller's access to the
 * case was checked (a request under {@code /cases/{caseId}}) or with no viewer at all (an event
 * listener); it checks nobody's access and audits nothing itself.
 */
public interface ApprovedAppeals {

	/** The state of the appeal, or empty when the case has no such appeal. */
	Optional<AppealStatus> statusOf(UUID caseId, UUID appealId);

	/**
	 * The approved appeal with its text open; empty when the case has no such appeal or it is not approved.
	 * @throws org.vigil.vault.KeyDestroyedException when the case was purged
	 */
	Optional<ApprovedAppeal> find(UUID caseId, UUID appealId);

}
