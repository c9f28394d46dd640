/**
 * Who may use Vigil and as whom: user accounts, teams, roles, personal API tokens, the login
 * (Argon2id passwords, throttling and lockout), second factors (TOTP with single-use recovery
 * codes, required for every browser sign-in; passkeys through Spring Security's WebAuthn support,
 * usable instead of a code after the password, and required for administrators and for whoever can
 * read identities — see {@code PasskeyRule}), role changes, revoking all of a user's access after a
 * device is seized, first-run setup and the operator's {@code admin} command. Other modules ask it one
 * question — who is the {@link org.vigil.accounts.Viewer} of this request, and which teams does
 * that person belong to — and never see passwords, codes or tokens. Its tables are read and
 * written in plain SQL ({@code JdbcClient}), with no JPA entity, so that {@code admin}, which starts
 * only this module and audit, needs no persistence unit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.vigil.accounts;
