package org.vigil.accounts;

import java.util.Optional;

/** Resolves the signed-in person of the current request. */
public interface CurrentViewer {

	/** The viewer of this request, or empty when nobody is signed in. */
	Optional<Viewer> find();

	/** The viewer of this request; fails when nobody is signed in. */
	default Viewer get() {
		return find().orElseThrow(() -> new IllegalStateException("No signed-in user for this request"));
	}

}
