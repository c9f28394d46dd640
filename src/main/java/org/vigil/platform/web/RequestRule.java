package org.vigil.platform.web;

import org.vigil.platform.RefusalRule;

/** Requests Vigil cannot read at all, refused before any rule of a module is asked. */
enum RequestRule implements RefusalRule {

	/** A field named twice in one JSON object: which one counts would depend on who reads it. */
	DUPLICATE_FIELD,

	/** Parameters (query or form) that cannot be decoded: a broken percent-encoding, bytes that are not UTF-8. */
	MALFORMED_PARAMETERS,

	/** A multipart body that cannot be read: no boundary, cut short, or otherwise broken. */
	MALFORMED_MULTIPART;

	@Override
	public Kind kind() {
		return Kind.BAD_INPUT;
	}

}
