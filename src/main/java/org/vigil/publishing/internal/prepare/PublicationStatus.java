package org.vigil.publishing.internal.prepare;

/** Where a publication stands: a draft, released but waiting for its embargo to end, on the public site, or taken down. */
enum PublicationStatus {
	DRAFT, EMBARGOED, PUBLISHED, WITHDRAWN
}
