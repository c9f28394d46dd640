package org.vigil.cases;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.vigil.accounts.Viewer;

/**
 * What other modules may ask the case registry about a case, under the same need-to-know rules as
 * the case pages: a case the viewer may not see does not exist for them.
 *
 * <p>In a request under {@code /cases/{caseId}} or {@code /api/cases/{caseId}} the registry has
 * already asked, before the controller runs: a controller method declares a {@link CaseStanding}
 * parameter and receives the standing checked for that request, rather than asking again.
 */
public interface CaseDirectory {

	/**
	 * Where the viewer stands on the case — what they may see and do, and whether its protected data
	 * is gone — answered in one question.
	 * @throws org.vigil.platform.NotFoundException when it does not exist or the viewer may not see it
	 */
	CaseStanding standing(Viewer viewer, UUID caseId);

	/**
	 * The case's non-protected facts, for module code acting on its own behalf — an event listener,
	 * a scheduled job — where there is no viewer. Never use it to answer a viewer: it checks nobody's
	 * access; ask {@link #standing} for that.
	 */
	Optional<VisibleCase> describe(UUID caseId);

	/**
	 * The same for many cases at once (a scheduled job going through every case), by case id; a case
	 * that does not exist is left out. It checks nobody's access either.
	 */
	default Map<UUID, VisibleCase> describeAll(Collection<UUID> caseIds) {
		Map<UUID, VisibleCase> found = new LinkedHashMap<>();
		caseIds.forEach(id -> describe(id).ifPresent(c -> found.put(id, c)));
		return found;
	}

}
