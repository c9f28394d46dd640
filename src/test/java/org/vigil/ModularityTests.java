package org.vigil;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.vigil.cases.CaseChanged;
import org.vigil.cases.CaseOpened;
import org.vigil.cases.CasePurged;
import org.vigil.cases.PersonChanged;
import org.vigil.cases.PersonPurged;
import org.vigil.cases.PersonRecorded;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules keep to their boundaries: no module reaches into another's internals, no cycles. */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(VigilApplication.class);

	@Test
	void modulesKeepToTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void evidenceFilesAreAModuleThatTheCaseRegistryDoesNotKnow() {
		ApplicationModule evidence = module("evidence");
		ApplicationModule cases = module("cases");
		assertThat(evidence.getDirectDependencies(MODULES).contains(cases)).isTrue();
		assertThat(cases.getDirectDependencies(MODULES).contains(evidence)).as("cases never calls into evidence").isFalse();
		assertThat(evidence.getEventsListenedTo(MODULES)).extracting(type -> type.getName())
			.contains("org.vigil.cases.CasePurged");
	}

	/** Publication itself is shown by CaseEventsTests; here, that the events are the case registry's published API. */
	@Test
	void theCaseRegistrysEventsArePartOfItsPublishedApi() {
		ApplicationModule cases = module("cases");
		for (Class<?> event : List.of(CaseOpened.class, CaseChanged.class, PersonRecorded.class,
				PersonChanged.class, CasePurged.class, PersonPurged.class)) {
			assertThat(MODULES.getModuleByType(event)).as(event.getSimpleName()).contains(cases);
			assertThat(cases.isExposed(event)).as(event.getSimpleName() + " is outside cases' internal package").isTrue();
		}
	}

	private static ApplicationModule module(String name) {
		return MODULES.getModuleByName(name).orElseThrow(() -> new AssertionError("no module " + name));
	}

}
