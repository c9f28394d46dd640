package org.vigil.accounts.internal;

import java.util.Set;

import org.vigil.accounts.Role;

/** The command to create a user: who, with which roles, in which team, with which password. */
record NewUser(String username, Set<Role> roles, String teamName, char[] password) {
}
