package org.vigil;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The modules keep to their boundaries: no module reaches into another's internals, no cycles. */
class ModularityTests {

	@Test
	void modulesKeepToTheirBoundaries() {
		ApplicationModules.of(VigilApplication.class).verify();
	}

}
