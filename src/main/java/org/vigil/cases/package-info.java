/**
 * The case registry: cases (with their reference such as {@code CN 1/2026}), the persons at risk
 * in them (individuals or groups, with a public label and protected identity fields), and the
 * sources that reported what is known, and the evidence files attached to a case (encrypted with
 * the case's key under {@code <vigil.home>/files}). It decides who may see a case (the owning team and those
 * it is shared with), keeps every change in the history, refuses edits made on stale data, and
 * serves the case pages and the {@code /api/cases} routes. Other modules ask it about a case through
 * {@link org.vigil.cases.CaseDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.vigil.cases;
