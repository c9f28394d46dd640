package org.vigil.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sources of a case as other modules may name them — which source reported an entry, and how
 * reliable it is — under the case's need-to-know rules. Never a source's name or contact details.
 */
public interface SourceDirectory {

	/**
	 * The sources of a case, in the order they were recorded, as the viewer of a request whose
	 * standing was checked may see them: a confidential source is {@linkplain SourceEntry#withheld()
	 * withheld} unless the case's identities are revealed to the viewer.
	 */
	List<SourceEntry> sources(CaseStanding standing);

	/**
	 * The same for module code acting on its own (an event listener, a scheduled job): reliability is
	 * given, the label of a confidential source never. It checks nobody's access.
	 */
	List<SourceEntry> sourcesOf(UUID caseId);

	/** The same for many cases at once, by case id (a case without sources is left out). */
	Map<UUID, List<SourceEntry>> sourcesOf(Collection<UUID> caseIds);

}
