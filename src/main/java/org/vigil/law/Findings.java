package org.vigil.law;

import java.util.List;
import java.util.Optional;

/** The non-treaty sources Vigil holds. */
public interface Findings {

	List<Finding> all();

	Optional<Finding> byId(String id);

	/** The findings that address or concern the state, newest first. */
	List<Finding> about(String iso2);

}
