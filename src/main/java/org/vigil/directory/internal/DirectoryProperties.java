package org.vigil.directory.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The directory's settings.
 *
 * @param staleAfter a channel whose as-of date is older than this shows as possibly stale (default 365 days)
 */
@ConfigurationProperties("vigil.directory")
record DirectoryProperties(@DefaultValue("365d") Duration staleAfter) {
}
