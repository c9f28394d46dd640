package org.vigil.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpCodesTests {

	/** The SHA-1 key of RFC 6238, appendix B. */
	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void codesMatchTheRfcTestVectors() {
		// RFC 6238 lists 8 digits; authenticator apps show the last 6.
		assertThat(TotpCodes.codeAt(RFC_KEY, Instant.ofEpochSecond(59))).isEqualTo("287082");
		assertThat(TotpCodes.codeAt(RFC_KEY, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
		assertThat(TotpCodes.codeAt(RFC_KEY, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
	}

	@Test
	void aCodeIsAcceptedOneStepEitherSideButNotTwo() {
		Instant now = Instant.ofEpochSecond(1111111109);
		long step = TotpCodes.stepAt(now);
		for (int offset = -1; offset <= 1; offset++) {
			String code = TotpCodes.codeAt(RFC_KEY, now.plusSeconds(30L * offset));
			assertThat(TotpCodes.matchingStep(RFC_KEY, code, now)).hasValue(step + offset);
		}
		assertThat(TotpCodes.matchingStep(RFC_KEY, TotpCodes.codeAt(RFC_KEY, now.minusSeconds(60)), now)).isEmpty();
		assertThat(TotpCodes.matchingStep(RFC_KEY, TotpCodes.codeAt(RFC_KEY, now.plusSeconds(60)), now)).isEmpty();
	}

	@Test
	void typedSpacesAreForgivenAndNonDigitsRefused() {
		Instant now = Instant.ofEpochSecond(59);
		assertThat(TotpCodes.matchingStep(RFC_KEY, "287 082", now)).isPresent();
		assertThat(TotpCodes.matchingStep(RFC_KEY, "28708", now)).isEmpty();
		assertThat(TotpCodes.matchingStep(RFC_KEY, "abcdef", now)).isEmpty();
		assertThat(TotpCodes.matchingStep(RFC_KEY, null, now)).isEmpty();
	}

	@Test
	void keysAreBase32AsAppsExpect() {
		assertThat(TotpCodes.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(TotpCodes.otpauthUri("Vigil", "amina", RFC_KEY))
			.isEqualTo("otpauth://totp/Vigil:amina?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Vigil&algorithm=SHA1&digits=6&period=30");
	}

	@Test
	void aTotpFactorRefusesAStepItHasAlreadyAccepted() {
		TotpFactor factor = new TotpFactor(java.util.UUID.randomUUID(), new byte[] { 1 }, Instant.EPOCH);
		assertThat(factor.accept(100, Instant.EPOCH)).isTrue();
		assertThat(factor.accept(100, Instant.EPOCH)).isFalse();
		assertThat(factor.accept(99, Instant.EPOCH)).isFalse();
		assertThat(factor.accept(101, Instant.EPOCH)).isTrue();
	}

}
