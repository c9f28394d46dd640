package org.vigil.cases.internal;

/**
 * A person's identity as stored: each field encrypted with the case's data key and bound to the
 * person and the field. Comparing two sealed identities tells which fields changed, never to what.
 */
record SealedIdentity(String name, String namesInOtherScripts, String aliases, String sex, String birthDate,
		String birthDatePrecision, String nationality, String notes, String preciseLocation) {
}
