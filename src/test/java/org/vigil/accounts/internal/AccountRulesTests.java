package org.vigil.accounts.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountRulesTests {

	@Test
	void shortPasswordsAreRefusedWithTheMinimum() {
		assertThat(AccountRules.checkPassword("short".toCharArray()))
			.containsExactly(org.vigil.platform.Refusal.onField(AccountRule.PASSWORD_TOO_SHORT, "password", 12));
		assertThat(AccountRules.checkPassword("four random words here".toCharArray())).isEmpty();
	}

	@Test
	void userNamesAreLettersDigitsAndSimplePunctuation() {
		assertThat(AccountRules.checkUsername("amina.k")).isEmpty();
		assertThat(AccountRules.checkUsername("a")).isNotEmpty();
		assertThat(AccountRules.checkUsername("amina k")).isNotEmpty();
		assertThat(AccountRules.checkUsername("-amina")).isNotEmpty();
	}

	@Test
	void tokensAreStoredAsDigestsThatDoNotRevealThem() {
		String secret = TokenDigest.newSecret(TokenDigest.API_TOKEN_PREFIX);
		assertThat(secret).startsWith("vgl_").isNotEqualTo(TokenDigest.newSecret(TokenDigest.API_TOKEN_PREFIX));
		assertThat(TokenDigest.sha256(secret)).hasSize(64).doesNotContain(secret.substring(4, 12));
		assertThat(TokenDigest.sameDigest(TokenDigest.sha256(secret), TokenDigest.sha256(secret))).isTrue();
	}

	@Test
	void lockoutStartsAtTheLimitAndEndsAfterTheLockoutPeriod() {
		UserAccount account = new UserAccount("amina", "hash", java.util.Set.of(org.vigil.accounts.Role.RESEARCHER), java.util.Set.of());
		java.time.Instant now = java.time.Instant.parse("2026-01-01T00:00:00Z");
		for (int i = 0; i < 4; i++) {
			account.recordFailedLogin(5, java.time.Duration.ofMinutes(15), now);
		}
		assertThat(account.isLockedAt(now)).isFalse();
		account.recordFailedLogin(5, java.time.Duration.ofMinutes(15), now);
		assertThat(account.isLockedAt(now.plusSeconds(60))).isTrue();
		assertThat(account.isLockedAt(now.plusSeconds(15 * 60 + 1))).isFalse();
	}

}
