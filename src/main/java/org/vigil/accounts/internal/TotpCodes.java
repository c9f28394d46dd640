package org.vigil.accounts.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * RFC 6238 codes as every authenticator app computes them by default: HMAC-SHA1, six digits,
 * 30-second steps. A code is accepted for the current step and one step either side, to forgive
 * a phone clock that is a little off.
 */
final class TotpCodes {

	static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;

	static final int SECRET_BYTES = 20;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();

	private TotpCodes() {
	}

	static byte[] newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return secret;
	}

	static long stepAt(Instant time) {
		return time.getEpochSecond() / STEP.getSeconds();
	}

	/** The six-digit code for the step that contains {@code time}. */
	static String codeAt(byte[] secret, Instant time) {
		try {
			return GENERATOR.generateOneTimePasswordString(new SecretKeySpec(secret, GENERATOR.getAlgorithm()), time,
					java.util.Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("An HMAC key accepts any bytes", ex);
		}
	}

	/**
	 * The step whose code matches, looking at the step of {@code now} and one either side, newest
	 * first; empty when none matches. The caller refuses steps it has already accepted.
	 */
	static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
		String typed = code == null ? "" : code.replaceAll("\\s", "");
		if (!typed.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long current = stepAt(now);
		for (long step = current + 1; step >= current - 1; step--) {
			String expected = codeAt(secret, Instant.ofEpochSecond(step * STEP.getSeconds()));
			if (java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
					typed.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** RFC 4648 base32 without padding, as authenticator apps expect the key typed in. */
	static String base32(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	/** The key-URI format that authenticator apps import (from a QR code or pasted text). */
	static String otpauthUri(String issuer, String username, byte[] secret) {
		String label = encode(issuer) + ":" + encode(username);
		return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=6&period=" + STEP.getSeconds();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
