package org.vigil.directory;

/** The ways a letter reaches an authority. */
public enum ChannelKind {

	/** A postal address, one line of the envelope per line of the value. */
	POSTAL,
	/** A fax number in international form, e.g. {@code +86 10 1234 5678}. */
	FAX,
	EMAIL,
	/** The address (https) of a contact form on the authority's website. */
	WEB_FORM

}
