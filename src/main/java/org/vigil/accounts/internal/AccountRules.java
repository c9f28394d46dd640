package org.vigil.accounts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes a user name and a password acceptable. Each rule answers with the reasons a person
 * can act on, or nothing when the value is fine.
 */
final class AccountRules {

	static final int MIN_PASSWORD_LENGTH = 12;

	static final int MAX_PASSWORD_LENGTH = 256;

	private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{1,63}");

	private AccountRules() {
	}

	static List<String> checkUsername(String username) {
		List<String> problems = new ArrayList<>();
		if (username == null || !USERNAME.matcher(username).matches()) {
			problems.add("The user name must be 2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.");
		}
		return problems;
	}

	static List<String> checkPassword(char[] password) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.length < MIN_PASSWORD_LENGTH) {
			problems.add("The password must be at least " + MIN_PASSWORD_LENGTH + " characters long; a few unrelated words make a good one.");
		}
		else if (password.length > MAX_PASSWORD_LENGTH) {
			problems.add("The password must be at most " + MAX_PASSWORD_LENGTH + " characters long.");
		}
		return problems;
	}

	static List<String> checkTeamName(String team) {
		List<String> problems = new ArrayList<>();
		if (team == null || team.isBlank() || team.strip().length() > 100) {
			problems.add("A team name of 1 to 100 characters is required.");
		}
		return problems;
	}

}
