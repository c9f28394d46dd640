/**
 * Publishing: the public, redacted form of urgent appeals and press releases. One half prepares a
 * publication — from an approved appeal whose letter was dispatched, or as a press release drafted
 * from the case — as a copy of the letter passed through a redaction pass (public labels only, no
 * informant, no place of hiding, no evidence); it refuses to release a text that holds any protected
 * value of the case (asking {@code cases} and {@code whereabouts}, which name the field that matched,
 * never its value), and releases it under the two-person rule, at once or when its embargo ends; a
 * reviewer corrects or withdraws it, and every step is in the audit log. The other half is the public
 * site at {@code /public}, which holds only the copy it was handed through
 * {@link org.vigil.publishing.PublicSite} (title, summary, body, language, region, country, themes) and
 * nothing that links it to a case. The site serves that copy without sign-in: the latest items, pages
 * by region, country and theme, a stable page per item with its earlier versions, full-text search,
 * Atom, RSS and JSON feeds, a public JSON list, and a static export of the whole site for an
 * organisation whose website is elsewhere. Releasing a publication of an appeal publishes the event
 * {@link org.vigil.publishing.AppealReleased}, by which follow-up closes the appeal's decision on publication.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publishing")
package org.vigil.publishing;
