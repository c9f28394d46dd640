package org.vigil.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code typed at the second-factor prompt is outside input from anyone who knows a password.
 * Whatever is typed, checking it never fails, and it only matches when it is the current code
 * (or a neighbouring step's) once white space is removed.
 */
class TotpCodesFuzzTests {

	private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final Instant NOW = Instant.parse("2026-11-29T05:00:00Z");

	@FuzzTest
	void anyTypedCodeIsCheckedWithoutFailingAndMatchesOnlyARealCode(byte[] input) {
		String typed = new String(input, StandardCharsets.UTF_8);
		OptionalLong step = TotpCodes.matchingStep(SECRET, typed, NOW);
		if (step.isPresent()) {
			assertThat(Math.abs(step.getAsLong() - TotpCodes.stepAt(NOW))).isLessThanOrEqualTo(1);
			assertThat(typed.replaceAll("\\s", ""))
				.isEqualTo(TotpCodes.codeAt(SECRET, Instant.ofEpochSecond(step.getAsLong() * TotpCodes.STEP.getSeconds())));
		}
	}

}
