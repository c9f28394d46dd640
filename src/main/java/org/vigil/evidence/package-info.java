/**
 * Evidence files attached to a case: photos, statements, court papers. Their content, name and
 * description are encrypted with the case's key before anything touches the disk (the content
 * under {@code <vigil.home>/files/<case>/<file>}), names are shown and files handed out only while
 * the case's identities are revealed to the viewer, and every upload and download is audited by
 * file id. It asks the case registry about a case only through its published API (the
 * {@link org.vigil.cases.CaseStanding} of the request) and learns that a case was purged from
 * {@link org.vigil.cases.CasePurged}, after which it removes what is left of the case's files. It
 * serves the {@code /cases/{id}/files} pages and the {@code /api/cases/{id}/files} routes and
 * publishes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package org.vigil.evidence;
