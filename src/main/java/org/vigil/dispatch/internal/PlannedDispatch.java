package org.vigil.dispatch.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where an appeal goes by itself once it is approved: the destinations an advocacy officer chose
 * before the approval, as on the dispatch page, and what became of the choice.
 *
 * @param confirmLongFax the officer confirmed sending a fax longer than the gateway's limit
 * @param chosenBy the officer as whom the appeal is dispatched
 * @param carriedOutAt when the approval was heard and the choice acted on; {@code null} while it waits
 * @param refusal the name of the rule that stopped the dispatch on approval, or {@code null} when it went out
 */
record PlannedDispatch(UUID appealId, UUID caseId, List<Dispatching.Choice> choices, boolean confirmLongFax, String chosenBy,
		Instant chosenAt, Instant carriedOutAt, String refusal, long version) {

	public boolean waiting() {
		return carriedOutAt == null;
	}

}
