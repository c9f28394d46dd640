package org.vigil.vault.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the vault.
 *
 * @param masterKeyFile the master keyset supplied by the operator ({@code VIGIL_MASTER_KEY_FILE});
 *                      when unset, {@code <vigil.home>/keys/master-key.json}, created on first start
 * @param cachedKeys how many unwrapped data keys to keep in memory
 * @param cacheTime how long an unwrapped data key stays in memory; bounds how long another node
 *                  can still read a case shredded elsewhere
 */
@ConfigurationProperties("vigil.vault")
record VaultProperties(Path masterKeyFile, @DefaultValue("1000") int cachedKeys, @DefaultValue("5m") Duration cacheTime) {
}
