package org.vigil.accounts.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolling, checking and removing a user's second factors: an authenticator app (TOTP) and ten
 * single-use recovery codes. Every method acts on the user id it is given; the web layer only ever
 * passes the id of the session's own user.
 */
@Service
@Transactional
class SecondFactors {

	static final int RECOVERY_CODES = 10;

	static final String ISSUER = "Vigil";

	/** What a code typed on the second-factor page turned out to be. */
	enum Check {
		TOTP, RECOVERY_CODE, REFUSED
	}

	/** What the enrolment page shows: the key as text to type and as a URI to import. */
	record PendingEnrolment(String key, String uri) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final TotpFactorRepository totps;

	private final RecoveryCodeRepository recoveryCodes;

	private final SecondFactorKey key;

	private final Clock clock;

	SecondFactors(TotpFactorRepository totps, RecoveryCodeRepository recoveryCodes, SecondFactorKey key) {
		this.totps = totps;
		this.recoveryCodes = recoveryCodes;
		this.key = key;
		this.clock = Clock.systemUTC();
	}

	@Transactional(readOnly = true)
	boolean isEnrolled(UUID userId) {
		return totps.findById(userId).filter(TotpFactor::confirmed).isPresent();
	}

	@Transactional(readOnly = true)
	long recoveryCodesLeft(UUID userId) {
		return recoveryCodes.countByUserIdAndUsedAtIsNull(userId);
	}

	/**
	 * The secret to enter in an authenticator app: the pending one when enrolment was started
	 * before (so reloading the page does not invalidate a scanned key), a new one otherwise. Empty
	 * when the user already has a confirmed factor: it cannot be replaced from a session.
	 */
	Optional<PendingEnrolment> startEnrolment(UUID userId, String username) {
		Optional<TotpFactor> existing = totps.findById(userId);
		if (existing.filter(TotpFactor::confirmed).isPresent()) {
			return Optional.empty();
		}
		TotpFactor factor = existing.orElseGet(() -> totps.save(new TotpFactor(userId, key.encrypt(TotpCodes.newSecret(), userId), clock.instant())));
		byte[] secret = key.decrypt(factor.secretEncrypted(), userId);
		return Optional.of(new PendingEnrolment(TotpCodes.base32(secret), TotpCodes.otpauthUri(ISSUER, username, secret)));
	}

	/**
	 * Confirms the pending enrolment with a current code and answers the new recovery codes, to be
	 * shown once; empty when the code is wrong or no enrolment is pending.
	 */
	Optional<List<String>> confirmEnrolment(UUID userId, String code) {
		Optional<TotpFactor> pending = totps.findForUpdate(userId).filter(f -> !f.confirmed());
		if (pending.isEmpty() || !acceptTotp(pending.get(), code)) {
			return Optional.empty();
		}
		return Optional.of(newRecoveryCodes(userId));
	}

	/** Checks a code from the sign-in page: a TOTP code not used before, or an unused recovery code. */
	Check check(UUID userId, String code) {
		Optional<TotpFactor> factor = totps.findForUpdate(userId).filter(TotpFactor::confirmed);
		if (factor.isEmpty() || code == null) {
			return Check.REFUSED;
		}
		if (acceptTotp(factor.get(), code)) {
			return Check.TOTP;
		}
		String normalised = normaliseRecoveryCode(code);
		if (normalised.length() == 16 && recoveryCodes.use(userId, TokenDigest.sha256(normalised), clock.instant()) == 1) {
			return Check.RECOVERY_CODE;
		}
		return Check.REFUSED;
	}

	/** Removes the authenticator and every recovery code: the user enrols again at next sign-in. */
	void removeAll(UUID userId) {
		recoveryCodes.deleteForUser(userId);
		totps.findById(userId).ifPresent(totps::delete);
	}

	private boolean acceptTotp(TotpFactor factor, String code) {
		Instant now = clock.instant();
		byte[] secret = key.decrypt(factor.secretEncrypted(), factor.userId());
		OptionalLong step = TotpCodes.matchingStep(secret, code, now);
		if (step.isEmpty() || !factor.accept(step.getAsLong(), now)) {
			return false;
		}
		totps.save(factor);
		return true;
	}

	private List<String> newRecoveryCodes(UUID userId) {
		recoveryCodes.deleteForUser(userId);
		List<String> shown = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			byte[] bytes = new byte[10]; // 80 bits: beyond guessing, so a plain digest is safe to keep
			RANDOM.nextBytes(bytes);
			String code = TotpCodes.base32(bytes);
			recoveryCodes.add(userId, TokenDigest.sha256(code), clock.instant());
			shown.add(String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12), code.substring(12)));
		}
		return shown;
	}

	/** Accepts the code however it was typed: lower case, with or without dashes and spaces. */
	static String normaliseRecoveryCode(String typed) {
		return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

}
