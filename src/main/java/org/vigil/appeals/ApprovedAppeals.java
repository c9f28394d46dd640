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
	 * The state of the appeal read afresh, its row held (shared) until the caller's transaction ends: an
	 * approval of the appeal waits for that transaction to commit, and one committed meanwhile is seen.
	 * For a choice that only holds before an approval (where dispatch sends an appeal once approved), so
	 * that the approval and the choice cannot pass each other unseen. Joins the caller's transaction and
	 * needs one.
	 * @return empty when the case has no such appeal
	 */
	Optional<AppealStatus> holdStatus(UUID caseId, UUID appealId);

	/**
	 * The approved appeal with its text open; empty when the case has no such appeal or it is not approved.
	 * @throws org.vigil.vault.KeyDestroyedException when the case was purged
	 */
	Optional<ApprovedAppeal> find(UUID caseId, UUID appealId);

}
