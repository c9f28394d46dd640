package org.vigil.accounts.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are stored, for the web login and the operator commands alike. */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	/** Argon2id with the OWASP password storage parameters: 19 MiB of memory, 2 iterations, one lane. */
	static final Argon2PasswordEncoder ARGON2ID = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);

	@Bean
	PasswordEncoder passwordEncoder() {
		return ARGON2ID;
	}

}
