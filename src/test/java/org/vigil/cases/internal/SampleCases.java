package org.vigil.cases.internal;

import java.util.UUID;

import org.springframework.context.ApplicationContext;

/** The {@code --demo} sample case for tests of other modules, which cannot reach the case registry's own classes. */
public final class SampleCases {

	/** The team the sample case is recorded in. */
	public static final String TEAM = SampleCase.TEAM;

	private SampleCases() {
	}

	/** Records a new sample case, whole, and answers its id. */
	public static UUID record(ApplicationContext context) {
		return context.getBean(SampleCase.class).record().id();
	}

}
