package org.vigil.cases;

import java.util.List;
import java.util.UUID;

import org.vigil.accounts.Viewer;

/**
 * The persons of a case as other modules may know them — a whereabouts timeline per person or
 * group, obligations per category — under the case's need-to-know rules. Never an identity:
 * names, birth dates and precise locations stay in the case registry.
 */
public interface PersonDirectory {

	/**
	 * The persons of a case the viewer may see, in the order they were recorded.
	 * @throws org.vigil.platform.NotFoundException when the case does not exist or the viewer may not see it
	 */
	List<PersonEntry> persons(Viewer viewer, UUID caseId);

	/** The same, for a request whose {@link CaseStanding} was already checked: the case is not asked about again. */
	List<PersonEntry> persons(CaseStanding standing);

}
