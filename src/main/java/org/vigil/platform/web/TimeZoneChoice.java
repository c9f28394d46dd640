package org.vigil.platform.web;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The time zone the signed-in reader chose for reading dates, if they chose one. The accounts
 * module keeps each user's choice and provides this; without it, or for a reader who chose none,
 * pages show the organisation's time zone (see {@link Dates}).
 */
public interface TimeZoneChoice {

	/** The current reader's own time zone; empty when nobody is signed in or they chose none. */
	Optional<ZoneId> ofCurrentReader();

}
