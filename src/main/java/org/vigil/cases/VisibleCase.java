package org.vigil.cases;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A case as another module sees it: enough to link to it, name it, know which team owns it, and
 * reason about it (where the people are held, where they fear being returned, how urgent it is)
 * — never anything protected.
 *
 * @param countryOfFearedReturn ISO 3166-1 alpha-2, or {@code null} when none is recorded
 * @param region a free-text region such as "East Asia", or {@code null}
 * @param risks what the people face if returned, as the case records them (none when none is recorded)
 */
public record VisibleCase(UUID id, String reference, UUID teamId, String countryOfCustody, String countryOfFearedReturn,
		CaseStatus status, Priority priority, String region, Set<String> themes, Set<ReturnRisk> risks) {

	public VisibleCase {
		themes = themes == null ? Set.of() : Set.copyOf(themes);
		risks = risks == null || risks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(risks)); // in declaration order
	}

	/** A case recording no risks. */
	public VisibleCase(UUID id, String reference, UUID teamId, String countryOfCustody, String countryOfFearedReturn,
			CaseStatus status, Priority priority, String region, Set<String> themes) {
		this(id, reference, teamId, countryOfCustody, countryOfFearedReturn, status, priority, region, themes, Set.of());
	}

}
