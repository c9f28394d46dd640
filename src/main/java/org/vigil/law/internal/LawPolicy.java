package org.vigil.law.internal;

import java.util.Optional;

import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.platform.Refusal;

/** Who may do what with the legal knowledge: everyone signed in reads it; administrators curate it. */
final class LawPolicy {

	private LawPolicy() {
	}

	/** Importing status tables and editing risk profiles: administrators only. */
	static Optional<Refusal> mayCurate(Viewer viewer) {
		return viewer.has(Role.ADMINISTRATOR) ? Optional.empty() : Optional.of(Refusal.of(LawRefusal.LAW_ADMINISTRATORS_ONLY));
	}

}
