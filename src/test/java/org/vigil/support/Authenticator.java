package org.vigil.support;

import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * A test user's authenticator app: computes TOTP codes from the key shown on the enrolment page,
 * as a phone would, and keeps the recovery codes shown once. It never hands out the same step's
 * code twice, since Vigil rightly refuses a code that was used before.
 */
public final class Authenticator {

	private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();

	private final byte[] secret;

	private final Set<Long> usedSteps = new HashSet<>();

	private final Deque<String> recoveryCodes = new ArrayDeque<>();

	public Authenticator(String base32Key) {
		this.secret = decodeBase32(base32Key);
	}

	/** The code an app shows at {@code time}. */
	public String codeAt(Instant time) {
		try {
			return TOTP.generateOneTimePasswordString(new SecretKeySpec(secret, TOTP.getAlgorithm()), time, Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A code for the current step or the next one (accepted too), unless both were used already. */
	public synchronized Optional<String> freshCode() {
		long now = Instant.now().getEpochSecond() / 30;
		for (long step = now; step <= now + 1; step++) {
			if (usedSteps.add(step)) {
				return Optional.of(codeAt(Instant.ofEpochSecond(step * 30)));
			}
		}
		return Optional.empty();
	}

	public synchronized void keepRecoveryCodes(List<String> codes) {
		recoveryCodes.clear();
		recoveryCodes.addAll(codes);
	}

	public synchronized String nextRecoveryCode() {
		return recoveryCodes.removeFirst();
	}

	public synchronized List<String> recoveryCodes() {
		return List.copyOf(recoveryCodes);
	}

	public static byte[] decodeBase32(String text) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		String clean = text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
		byte[] out = new byte[clean.length() * 5 / 8];
		int buffer = 0;
		int bits = 0;
		int index = 0;
		for (char c : clean.toCharArray()) {
			int value = alphabet.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("Not base32: " + c);
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out[index++] = (byte) (buffer >> (bits - 8));
				bits -= 8;
			}
		}
		return out;
	}

}
