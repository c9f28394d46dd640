package org.vigil.publishing;

/**
 * Where a published item lives on the public site.
 *
 * @param slug its stable name, e.g. {@code 2026/cn-1-urgent-appeal-release-of-refugee-group-a}
 * @param path its address on the site, {@code /public/} and the slug; the same across corrections
 * @param version the current version, 1 when first published
 * @param firstPublished when it was first published
 * @param lastCorrected when it was last corrected, {@code null} when never
 */
public record PublicItem(String slug, String path, int version, java.time.Instant firstPublished, java.time.Instant lastCorrected) {
}
