package org.vigil.events.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One event publication whose listener has not completed, as the page and the command show it:
 * what kind of event, for which listener, since when, how often tried. Never the event's content,
 * which may name a case or carry a letter. Public only for the page's template.
 *
 * @param status PUBLISHED (waiting), PROCESSING (its listener runs), FAILED or RESUBMITTED
 */
public record IncompletePublication(UUID id, String eventType, String listener, Instant publishedAt, String status, int attempts,
		Instant lastResubmittedAt) {

	/** The event's class name without its package, e.g. {@code CasePurged}. */
	public String eventName() {
		return eventType.substring(eventType.lastIndexOf('.') + 1);
	}

	public boolean failed() {
		return "FAILED".equals(status);
	}

}
