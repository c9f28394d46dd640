package org.vigil.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.vigil.accounts.Viewer;

/**
 * The persons of a case as other modules may know them — a whereabouts timeline per person or
 * group, obligations per category — under the case's need-to-know rules. Never an identity:
 * names, birth dates and precise locations stay in the case registry, except the names a viewer
 * who revealed them asks for ({@link #names}).
 */
public interface PersonDirectory {

	/**
	 * The persons of a case the viewer may see, in the order they were recorded.
	 * @throws org.vigil.platform.NotFoundException when the case does not exist or the viewer may not see it
	 */
	List<PersonEntry> persons(Viewer viewer, UUID caseId);

	/** The same, for a request whose {@link CaseStanding} was already checked: the case is not asked about again. */
	List<PersonEntry> persons(CaseStanding standing);

	/**
	 * The persons of many cases, by case id, each case's in the order they were recorded, for module
	 * code acting on its own (a scheduled job): public facts only, and it checks nobody's access.
	 */
	Map<UUID, List<PersonEntry>> personsOf(Collection<UUID> caseIds);

	/**
	 * The names of the case's persons, by {@link PersonEntry#id()}, for a viewer to whom its identities
	 * are revealed now ({@link CaseStanding#mayReadIdentities()}): a letter that names the people
	 * asks for them. Empty when they are not revealed or the case was purged; a person recorded without
	 * a name is left out. A read that answers names is audited as any identity read.
	 */
	Map<UUID, String> names(Viewer viewer, CaseStanding standing);

}
