package org.vigil.cases;

import java.util.Set;
import java.util.UUID;

/**
 * A case as another module sees it: enough to link to it, name it, know which team owns it, and
 * reason about it (where the people are held, where they fear being returned, how urgent it is)
 * — never anything protected.
 *
 * @param countryOfFearedReturn ISO 3166-1 alpha-2, or {@code null} when none is recorded
 * @param region a free-text region such as "East Asia", or {@code null}
 */
public record VisibleCase(UUID id, String reference, UUID teamId, String countryOfCustody, String countryOfFearedReturn,
		CaseStatus status, Priority priority, String region, Set<String> themes) {

	public VisibleCase {
		themes = themes == null ? Set.of() : Set.copyOf(themes);
	}

}
