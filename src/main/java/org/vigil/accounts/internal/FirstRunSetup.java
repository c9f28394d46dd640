package org.vigil.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.vigil.platform.VigilProperties;

/**
 * There is no default password. While no user exists, the server prints a one-time setup link
 * on start; whoever opens it first creates the first administrator. The link expires after
 * {@link #VALIDITY}; restarting prints a fresh one.
 */
@Component
class FirstRunSetup {

	static final Duration VALIDITY = Duration.ofMinutes(60);

	private record Pending(String digest, Instant expiresAt) {
	}

	private final UserAccounts accounts;

	private final Environment environment;

	private final VigilProperties properties;

	private final Clock clock;

	private final AtomicReference<Pending> pending = new AtomicReference<>();

	FirstRunSetup(UserAccounts accounts, Environment environment, VigilProperties properties) {
		this.accounts = accounts;
		this.environment = environment;
		this.properties = properties;
		this.clock = Clock.systemUTC();
	}

	@EventListener(ApplicationReadyEvent.class)
	void announceWhenNoUserExists() {
		String port = environment.getProperty("local.server.port");
		if (port == null || accounts.hasAnyUser()) {
			return; // operator commands have no web server; an existing install needs no setup
		}
		String link = baseUrl(port) + "/setup?token=" + issueToken();
		System.out.println();
		System.out.println("================================================================");
		System.out.println(" Vigil has no users yet. Open this one-time link to create the");
		System.out.println(" first administrator (valid for " + VALIDITY.toMinutes() + " minutes):");
		System.out.println();
		System.out.println("   " + link);
		System.out.println();
		System.out.println(" Or, without a browser:");
		System.out.println("   java -jar target/vigil.jar admin create-user --username NAME \\");
		System.out.println("        --role ADMINISTRATOR --team TEAM --password-stdin");
		System.out.println("================================================================");
		System.out.println();
	}

	/** Issues a new setup token, replacing any earlier one, and returns the secret. */
	String issueToken() {
		String secret = TokenDigest.newSecret("");
		pending.set(new Pending(TokenDigest.sha256(secret), clock.instant().plus(VALIDITY)));
		return secret;
	}

	/** Whether the token opens setup now: it matches, has not expired, and no user exists yet. */
	boolean accepts(String token) {
		Pending current = pending.get();
		return StringUtils.hasText(token) && current != null && clock.instant().isBefore(current.expiresAt())
				&& TokenDigest.sameDigest(current.digest(), TokenDigest.sha256(token)) && !accounts.hasAnyUser();
	}

	/** Uses the token up; a second setup with the same link is refused. */
	boolean consume(String token) {
		Pending current = pending.get();
		return accepts(token) && pending.compareAndSet(current, null);
	}

	private String baseUrl(String port) {
		if (StringUtils.hasText(properties.publicUrl())) {
			return properties.publicUrl().replaceAll("/+$", "");
		}
		return "http://localhost:" + port;
	}

}
