/**
 * Keeps protected fields unreadable to anyone holding only the database or its backups. Each
 * {@linkplain org.vigil.vault.KeyScope key scope} — a case, or a person whose identity must be
 * purgeable alone — has its own AES-256-GCM data key (Google Tink), wrapped by a master key that
 * lives in the Vigil home or an operator-supplied file, never in the database.
 * {@link org.vigil.vault.FieldCipher} encrypts a field bound to its key scope, record and field, and
 * reseals an edited field only when its value changed; {@link org.vigil.vault.CaseKeys} destroys a key
 * scope's key (crypto-shredding) unless a legal hold forbids it; {@link org.vigil.vault.MasterKeyRotation}
 * rotates the master key without downtime; {@link org.vigil.vault.BlindIndex} lets exact name lookups
 * run on keyed tokens instead of plaintext. Operators use {@code java -jar vigil.jar vault …}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vault")
package org.vigil.vault;
