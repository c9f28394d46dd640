package org.vigil.bench.internal;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.vigil.accounts.AccountAdministration;
import org.vigil.accounts.Role;
import org.vigil.accounts.UserDirectory;
import org.vigil.platform.VigilProperties;

/**
 * The team that owns the generated cases and the researcher who signs in to measure them (a reviewer
 * and advocacy officer too, so that the directors' report and dispatch can be measured), created through the accounts module's administration API. The password is made here once and
 * kept with a fresh API token in {@link BenchCredentials}.
 */
@Component
class BenchAccount {

	static final String USERNAME = "bench";

	static final String TEAM = "Bench";

	private final AccountAdministration administration;

	private final UserDirectory users;

	private final VigilProperties properties;

	BenchAccount(AccountAdministration administration, UserDirectory users, VigilProperties properties) {
		this.administration = administration;
		this.users = users;
		this.properties = properties;
	}

	/** Makes sure the team and user exist, saves their credentials with a fresh token, and answers them. */
	BenchCredentials prepare(PrintWriter out) {
		Optional<BenchCredentials> saved = BenchCredentials.load(properties.home());
		String password;
		if (users.findEnabledUser(USERNAME).isPresent()) {
			password = saved.map(BenchCredentials::password).orElseThrow(() -> new IllegalStateException("A user '" + USERNAME
					+ "' exists, but its password is not in " + BenchCredentials.file(properties.home())
					+ "; generate into a fresh VIGIL_HOME."));
		}
		else {
			password = saved.map(BenchCredentials::password).orElseGet(BenchAccount::newPassword);
			administration.createUser(USERNAME, EnumSet.of(Role.RESEARCHER, Role.REVIEWER, Role.ADVOCACY), TEAM, password.toCharArray());
		}
		String totpKey = saved.map(BenchCredentials::totpKey).orElse(null);
		BenchCredentials credentials = new BenchCredentials(USERNAME, password, administration.issueToken(USERNAME), totpKey);
		credentials.save(properties.home());
		out.println("Bench user '" + USERNAME + "' (team " + TEAM + "): password and API token saved in "
				+ BenchCredentials.file(properties.home()));
		return credentials;
	}

	/** The reviewer of the bench team who approves the letters the drafting scenarios render, with a fresh token. */
	BenchCredentials reviewer() {
		String username = USERNAME + "-reviewer";
		if (users.findEnabledUser(username).isPresent()) {
			throw new IllegalStateException("A user '" + username + "' exists already; generate into a fresh VIGIL_HOME.");
		}
		return newReviewer(username);
	}

	/**
	 * A reviewer of the bench team made for one run of a mail step ({@code bench-approver-…}), who approves
	 * the appeal that step dispatches; its password is used once and not kept.
	 */
	BenchCredentials approver() {
		String username;
		do {
			username = USERNAME + "-approver-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
		}
		while (users.findEnabledUser(username).isPresent());
		return newReviewer(username);
	}

	private BenchCredentials newReviewer(String username) {
		String password = newPassword();
		administration.createUser(username, EnumSet.of(Role.REVIEWER), TEAM, password.toCharArray());
		return new BenchCredentials(username, password, administration.issueToken(username), null);
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private static String newPassword() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
