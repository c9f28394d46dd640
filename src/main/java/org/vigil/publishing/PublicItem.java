package org.vigil.publishing;

import java.time.Instant;

/** Where a public item lives, and which version of it is shown. */
public record PublicItem(String slug, String path, int version, Instant firstPublished, Instant lastCorrected) {
}
