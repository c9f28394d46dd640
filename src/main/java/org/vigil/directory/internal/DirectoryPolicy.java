package org.vigil.directory.internal;

import java.util.Optional;

import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.platform.Refusal;

/** Who may do what with the directory: everyone signed in reads it; administrators curate it. */
final class DirectoryPolicy {

	private DirectoryPolicy() {
	}

	/** Creating, editing, verifying, retiring, importing: administrators only. */
	static Optional<Refusal> mayCurate(Viewer viewer) {
		return viewer.has(Role.ADMINISTRATOR) ? Optional.empty() : Optional.of(Refusal.of(DirectoryRefusal.DIRECTORY_ADMINISTRATORS_ONLY));
	}

}
