/**
 * The case registry: cases (with their reference such as {@code CN 1/2026}), the persons at risk
 * in them (individuals or groups, with a public label, categories a public statement may name, and
 * protected identity fields), and the sources that reported what is known. It decides who may see a
 * case (the owning team and those it is shared with) and who may read its identities, keeps every
 * change in the history, refuses edits made on stale data, purges a case or a person by destroying
 * their keys, and serves the case pages and the {@code /api/cases} routes.
 *
 * <p>Other modules ask it about a case through {@link org.vigil.cases.CaseDirectory} (or receive the
 * request's {@link org.vigil.cases.CaseStanding} as a controller parameter) and about its persons
 * through {@link org.vigil.cases.PersonDirectory} and its sources through
 * {@link org.vigil.cases.SourceDirectory}, never seeing an identity, and whether a text names one of
 * its protected persons through {@link org.vigil.cases.ProtectedNames} (a count, never who) and which protected fields
 * a text about to be made public holds through {@link org.vigil.cases.ProtectedValues} (by field, never by value); modules add their part of the
 * {@code --demo} sample case as a {@link org.vigil.cases.DemoContribution}. It announces
 * {@link org.vigil.cases.CaseOpened}, {@link org.vigil.cases.CaseChanged},
 * {@link org.vigil.cases.PersonRecorded}, {@link org.vigil.cases.PersonChanged},
 * {@link org.vigil.cases.CasePurged} and {@link org.vigil.cases.PersonPurged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.vigil.cases;
