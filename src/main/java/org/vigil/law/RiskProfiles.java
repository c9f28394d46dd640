package org.vigil.law;

import java.util.List;
import java.util.Optional;

/** The risk profiles of the countries of feared return the organisation works on. */
public interface RiskProfiles {

	Optional<RiskProfile> of(String iso2);

	/** The countries that have a profile. */
	List<String> countries();

}
