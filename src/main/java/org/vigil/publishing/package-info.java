/**
 * Publishing: the public, redacted form of approved appeals and press releases. A reviewer prepares a
 * publication from an approved appeal that was dispatched, or as a press release drafted from the
 * case; its text starts as a copy of the letter passed through a redaction pass (public labels only,
 * no informant, no place of hiding, no evidence references), and Vigil refuses to release a text that
 * holds any protected value of the case, naming the field that matched but never its value. Release
 * needs a second reviewer, at once or when an embargo ends; a published item can be corrected or
 * withdrawn. Every step is in the audit log. It asks {@code cases} and {@code whereabouts} whether a
 * text holds a protected value, reads approved appeals through {@code appeals}, and publishes the
 * {@link org.vigil.publishing.PublicSite} that releases go to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publishing")
package org.vigil.publishing;
