package org.vigil.publishing.internal.site;

import java.time.Instant;

/** An item of the public site was published, corrected or withdrawn: what a site notified by the webhook hears. */
record PublicItemChanged(String slug, Change change, int version, Instant at) {

	enum Change {
		PUBLISHED, CORRECTED, WITHDRAWN
	}

}
