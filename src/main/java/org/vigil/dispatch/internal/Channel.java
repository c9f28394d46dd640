package org.vigil.dispatch.internal;

/** How a letter reaches an authority. Only {@link #EMAIL} is sent by Vigil so far. */
enum Channel {

	EMAIL, FAX, POST, WEB_FORM;

	boolean sentByVigil() {
		return this == EMAIL;
	}

}
