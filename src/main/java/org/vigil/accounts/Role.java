package org.vigil.accounts;

/** What a user does in the organisation; a user may hold several roles. */
public enum Role {

	/** Users, teams, keys, directory and reference data. */
	ADMINISTRATOR,
	/** Records cases, people, sources, whereabouts; drafts appeals. */
	RESEARCHER,
	/** Approves and signs appeals; decides publication. */
	REVIEWER,
	/** Dispatches appeals, logs replies, runs follow-up. */
	ADVOCACY;

	public String authority() {
		return "ROLE_" + name();
	}

}
