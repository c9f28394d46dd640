package org.vigil.appeals;

import java.util.Optional;
import java.util.UUID;

/**
 * The letter of an approved appeal as the addressee receives it: a PDF with the organisation's
 * letterhead, the references on every page, the approved text and asks, and who approved it. For
 * module code acting after the caller's access to the case was checked, or with no viewer at all
 * (dispatch attaches it to its email); it checks nobody's access and audits nothing itself.
 */
public interface AppealLetters {

	/**
	 * The approved appeal's letter as a PDF; empty when the case has no such appeal or it is not approved.
	 * @throws org.vigil.vault.KeyDestroyedException when the case was purged
	 */
	Optional<byte[]> pdf(UUID caseId, UUID appealId);

}
