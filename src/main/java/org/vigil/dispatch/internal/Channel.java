package org.vigil.dispatch.internal;

/**
 * How a letter reaches an authority. Vigil sends email itself, and fax through an email-to-fax
 * gateway ({@code vigil.dispatch.fax.*}); a letter by post or through a web form is sent by an
 * officer, who marks its attempt sent by hand.
 */
enum Channel {

	EMAIL, FAX, POST, WEB_FORM;

	/** Whether Vigil sends it itself, through the mail server; otherwise an officer does. */
	boolean sentByVigil() {
		return this == EMAIL || this == FAX;
	}

}
