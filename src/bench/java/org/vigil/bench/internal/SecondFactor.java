package org.vigil.bench.internal;

import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * The bench user's authenticator app: TOTP codes (RFC 6238) from the key Vigil shows on its
 * enrolment page, kept in {@link BenchCredentials}.
 */
final class SecondFactor {

	private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();

	private SecondFactor() {
	}

	/** The code for the 30-second step {@code steps} after the current one (0 = now). */
	static String code(String base32Key, int steps) {
		try {
			Instant at = Instant.now().plus(TOTP.getTimeStep().multipliedBy(steps));
			return TOTP.generateOneTimePasswordString(new SecretKeySpec(decodeBase32(base32Key), TOTP.getAlgorithm()), at, Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("The saved second-factor key is not usable", ex);
		}
	}

	static byte[] decodeBase32(String text) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		String clean = text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
		byte[] out = new byte[clean.length() * 5 / 8];
		int buffer = 0;
		int bits = 0;
		int index = 0;
		for (char c : clean.toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out[index++] = (byte) (buffer >> (bits - 8));
				bits -= 8;
			}
		}
		return out;
	}

}
