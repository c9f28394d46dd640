package org.vigil.dispatch.internal;

/** How a reply reached the organisation. */
enum ReceivedVia {
	EMAIL, FAX, POST, OTHER
}
