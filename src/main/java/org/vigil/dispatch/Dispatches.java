package org.vigil.dispatch;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may read of dispatch: when a case's appeals went out and whether an appeal was
 * answered. Module code acting on its own (a listener, a scheduled job) asks it; it checks nobody's
 * access and answers times only — never a destination or a reply's words.
 */
public interface Dispatches {

	/** When a letter of an appeal on the case last went out; empty when none went out yet. */
	Optional<Instant> lastSentAt(UUID caseId);

	/** When the first letter of the appeal went out; empty while none did (a follow-up cites this date). */
	Optional<Instant> firstSentAt(UUID caseId, UUID appealId);

	/** The same for many cases at once, by case id; a case none of whose letters went out is left out. */
	Map<UUID, Instant> lastSentAt(Collection<UUID> caseIds);

	/** When the first reply to the appeal attached to it was received; empty while it has none. */
	Optional<Instant> firstReplyAt(UUID caseId, UUID appealId);

}
