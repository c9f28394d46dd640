package org.vigil.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * One way to reach an authority.
 *
 * @param kind postal address, fax, email or web form
 * @param value the address, number or URL; a postal address holds one envelope line per line
 * @param asOf the day the value was last known to be right
 * @param source where it was found (a publication, a page, a reply received)
 * @param stale whether {@code asOf} is older than {@code vigil.directory.stale-after}: possibly out of date
 */
public record ContactChannel(ChannelKind kind, String value, LocalDate asOf, String source, boolean stale) {

	/** The value's lines (a postal address's envelope lines; one line for the other kinds). */
	public List<String> lines() {
		return value.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
