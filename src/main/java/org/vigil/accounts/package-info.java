/**
 * Who may use Vigil and as whom: user accounts, teams, roles, personal API tokens, the login
 * (Argon2id passwords, throttling and lockout), first-run setup and the operator's
 * {@code admin} command. Other modules ask it one question — who is the {@link org.vigil.accounts.Viewer}
 * of this request, and which teams does that person belong to — and never see passwords or tokens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.vigil.accounts;
