package org.vigil.accounts.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.vigil.platform.validation.AcceptedText;

/** How passwords are stored, for the web login and the operator commands alike. */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	/** Argon2id with the OWASP password storage parameters: 19 MiB of memory, 2 iterations, one lane. */
	static final Argon2PasswordEncoder ARGON2ID = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);

	@Bean
	PasswordEncoder passwordEncoder() {
		return new NormalisedPasswords(ARGON2ID);
	}

	/**
	 * Hashes the password in Unicode normalisation form C, as {@link AcceptedText} leaves every
	 * text, so that a password typed with a precomposed "é" on one keyboard and a decomposed one on
	 * another (or given on standard input to the {@code admin} command) is the same password. A
	 * password that is not text at all — a lone UTF-16 surrogate, which cannot be written as UTF-8 —
	 * never matches, after the same work as one that does not.
	 */
	static final class NormalisedPasswords implements PasswordEncoder {

		private final PasswordEncoder hashing;

		NormalisedPasswords(PasswordEncoder hashing) {
			this.hashing = hashing;
		}

		@Override
		public String encode(CharSequence raw) {
			String password = raw.toString();
			if (AcceptedText.problem(password, false).isPresent()) {
				throw new IllegalArgumentException("A password must be text without control characters");
			}
			return hashing.encode(AcceptedText.normalise(password));
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			String password = raw == null ? "" : raw.toString();
			boolean text = AcceptedText.problem(password, false).isEmpty();
			boolean matches = hashing.matches(text ? AcceptedText.normalise(password) : "\uFFFD".repeat(password.length()), encoded);
			return text && matches;
		}

		@Override
		public boolean upgradeEncoding(String encoded) {
			return hashing.upgradeEncoding(encoded);
		}

	}

}
