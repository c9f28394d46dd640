package org.vigil.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.vigil.accounts.Viewer;

/**
 * Work that waits for a reviewer — an appeal in review, a request for the identity permission, a
 * bulk export to approve — from the module that keeps it. Each such module publishes a bean of this
 * type; the reviewer's home page and the count in the menu gather what every bean answers (the watch
 * list will take them in when it lands). Only what the viewer may decide is answered, never anything
 * protected.
 */
public interface AwaitingReview {

	/** What waits for this viewer, oldest first; at most {@code limit} items. */
	List<Item> waitingFor(Viewer viewer, int limit);

	/**
	 * One thing waiting.
	 *
	 * @param messageKey what it is, in the message bundles, e.g. {@code waiting.appeal} ("the appeal to {0}")
	 * @param arguments the message's arguments, never a protected value
	 * @param caseId the case it concerns, or {@code null} (a bulk export concerns a team)
	 * @param caseReference that case's reference, or {@code null}
	 * @param since since when it waits
	 * @param link where to decide it: a path on this site
	 */
	record Item(String messageKey, List<String> arguments, UUID caseId, String caseReference, Instant since, String link) {

		public Item {
			arguments = List.copyOf(arguments);
		}

	}

}
