package org.vigil.cases.internal;

/**
 * One field that changed between two versions of a record. Values of protected fields are never
 * carried: {@code from} and {@code to} are then null and {@code isProtected} is true.
 */
record FieldChange(String field, String from, String to, boolean isProtected) {
}
