package org.vigil.accounts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.vigil.platform.Refusal;
import org.vigil.platform.validation.AcceptedText;

/**
 * What makes a user name, a password and a team name acceptable. Each rule answers the refusals
 * a person can act on, or nothing when the value is fine.
 */
final class AccountRules {

	static final int MIN_PASSWORD_LENGTH = 12;

	static final int MAX_PASSWORD_LENGTH = 256;

	static final int MAX_TEAM_NAME = 100;

	private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{1,63}");

	private AccountRules() {
	}

	static List<Refusal> checkUsername(String username) {
		List<Refusal> problems = new ArrayList<>();
		if (username == null || !USERNAME.matcher(username).matches()) {
			problems.add(Refusal.onField(AccountRule.USERNAME_INVALID, "username"));
		}
		return problems;
	}

	static List<Refusal> checkPassword(char[] password) {
		List<Refusal> problems = new ArrayList<>();
		if (password == null || password.length < MIN_PASSWORD_LENGTH) {
			problems.add(Refusal.onField(AccountRule.PASSWORD_TOO_SHORT, "password", MIN_PASSWORD_LENGTH));
		}
		else if (password.length > MAX_PASSWORD_LENGTH) {
			problems.add(Refusal.onField(AccountRule.PASSWORD_TOO_LONG, "password", MAX_PASSWORD_LENGTH));
		}
		else {
			AcceptedText.check("password", new String(password)).ifPresent(problems::add);
		}
		return problems;
	}

	static List<Refusal> checkTeamName(String team) {
		List<Refusal> problems = new ArrayList<>();
		if (team == null || team.isBlank() || team.strip().length() > MAX_TEAM_NAME) {
			problems.add(Refusal.onField(AccountRule.TEAM_NAME_INVALID, "team", MAX_TEAM_NAME));
		}
		else {
			AcceptedText.check("team", team).ifPresent(problems::add);
		}
		return problems;
	}

}
