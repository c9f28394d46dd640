/**
 * Encrypted backups and restores of a Vigil installation, for the operator commands
 * {@code java -jar vigil.jar backup --to FILE} and {@code restore --from FILE}. An archive holds a
 * logical dump of every table (PostgreSQL {@code COPY}, so it works the same with the embedded and
 * an external database) and the files under {@code <vigil.home>/files}, but never the keys: the
 * protected fields inside stay encrypted under the case data keys, which the master key wraps.
 * The whole archive is encrypted with a Tink streaming AEAD key kept in
 * {@code <vigil.home>/keys/backup-key.json}. A restore re-applies the register of shredded cases,
 * so a case purged after the backup was taken stays purged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup")
package org.vigil.backup;
