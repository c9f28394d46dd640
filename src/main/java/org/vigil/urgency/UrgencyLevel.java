package org.vigil.urgency;

/**
 * How soon the organisation must act on a case, most urgent first. Each level's rank is its
 * position here, so that lists sort by it.
 */
public enum UrgencyLevel {

	/** Forced return can happen at any moment: act within hours. */
	IMMINENT,
	/** A real danger that is not yet immediate: act within days. */
	HIGH,
	/** Nothing points to an immediate danger; keep following the case. */
	WATCH,
	/** No news for a long time and nothing expected, or the case is closed. */
	DORMANT;

	/** 0 for the most urgent. */
	public int rank() {
		return ordinal();
	}

	/** Whether this level is more urgent than the other. */
	public boolean isMoreUrgentThan(UrgencyLevel other) {
		return other == null || rank() < other.rank();
	}

}
