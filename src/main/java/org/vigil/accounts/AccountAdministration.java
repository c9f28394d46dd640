package org.vigil.accounts;

import java.util.Set;
import java.util.UUID;

/**
 * Creating users and issuing their tokens, for operator tooling (sample data, benchmarks, the
 * {@code admin} command). Each call checks the same rules as the administrator's page and
 * refuses with an {@link IllegalArgumentException} whose message says what to fix.
 */
public interface AccountAdministration {

	/** Creates a user in the named team (created when missing) and answers the user's id. */
	UUID createUser(String username, Set<Role> roles, String teamName, char[] password);

	/** Issues a personal API token for the user and answers the secret; only its digest is kept. */
	String issueToken(String username);

}
