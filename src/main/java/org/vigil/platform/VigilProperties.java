package org.vigil.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings that belong to Vigil as a whole.
 *
 * @param home where Vigil keeps its data (embedded database, keys, logs); {@code VIGIL_HOME},
 *             default {@code ./vigil-data}
 * @param publicUrl the address people use to reach this server, used in links Vigil prints; when
 *                  blank, {@code http://localhost:<port>}
 */
@ConfigurationProperties("vigil")
public record VigilProperties(@DefaultValue("vigil-data") Path home, @DefaultValue("") String publicUrl) {
}
