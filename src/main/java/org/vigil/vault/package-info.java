/**
 * Keeps protected fields unreadable to anyone holding only the database or its backups: each
 * case has its own AES-256-GCM data key (Google Tink), wrapped by a master key that lives in the
 * Vigil home or an operator-supplied file, never in the database. {@link org.vigil.vault.FieldCipher}
 * encrypts a field bound to its case, record and field; {@link org.vigil.vault.CaseKeys} destroys a
 * case's key (crypto-shredding) unless a legal hold forbids it; {@link org.vigil.vault.MasterKeyRotation}
 * rotates the master key without downtime; {@link org.vigil.vault.BlindIndex} lets exact name lookups
 * run on keyed tokens instead of plaintext. Operators use {@code java -jar vigil.jar vault …}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vault")
package org.vigil.vault;
