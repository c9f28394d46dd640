/**
 * Publishing: the public, redacted form of urgent appeals and press releases. One half prepares a
 * publication from an approved appeal or a press release, checks it for protected values and
 * releases it under the two-person rule; the other half is the public site at {@code /public}, which
 * holds only the copy it was handed through {@link org.vigil.publishing.PublicSite} (title, summary,
 * body, language, region, country, themes) and nothing that links it to a case. The site serves that
 * copy without sign-in: the latest items, pages by region, country and theme, a stable page per item
 * with its earlier versions, full-text search, Atom, RSS and JSON feeds, a public JSON list, and a
 * static export of the whole site for an organisation whose website is elsewhere.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publishing")
package org.vigil.publishing;
