/**
 * The tamper-evident audit log: who did or saw what, to which record, when, from where and with
 * what outcome. Entries are append-only and hash-chained (each entry's SHA-256 covers the previous
 * one), and checkpoints of the chain are signed with an Ed25519 key kept in the Vigil home and can
 * be exported elsewhere, so that an edited, removed, reordered or cut-off entry is detected by
 * {@link org.vigil.audit.AuditVerifier} and by {@code java -jar vigil.jar audit verify}. Other
 * modules write through {@link org.vigil.audit.AuditLog}; entries never hold protected values.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.vigil.audit;
