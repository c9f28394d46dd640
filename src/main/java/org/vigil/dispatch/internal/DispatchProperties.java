package org.vigil.dispatch.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dispatch module's settings. Email goes through the SMTP server of {@code spring.mail.*}
 * ({@code VIGIL_SMTP_*}), the same one alerts use.
 *
 * @param mailFrom the organisation's sender of letters ({@code VIGIL_DISPATCH_MAIL_FROM}); replies come back to it
 * @param messageIdDomain the right-hand side of the Message-IDs Vigil makes; blank: {@code vigil.} and this machine's host name
 * @param retryEvery how often letters that could not be sent are looked at again
 * @param firstRetryAfter the wait after a first failure; it doubles with every further failure…
 * @param longestWait …up to this
 * @param maxTries after this many failed tries an attempt is FAILED and no longer retried
 * @param inFlightTimeout a send claimed longer ago than this (its sender died) may be claimed again
 * @param imap the mailbox replies arrive in
 */
@ConfigurationProperties("vigil.dispatch")
record DispatchProperties(@DefaultValue("vigil@localhost") String mailFrom, @DefaultValue("") String messageIdDomain,
		@DefaultValue("1m") Duration retryEvery, @DefaultValue("1m") Duration firstRetryAfter, @DefaultValue("1h") Duration longestWait,
		@DefaultValue("48") int maxTries, @DefaultValue("10m") Duration inFlightTimeout, @DefaultValue Imap imap) {

	DispatchProperties {
		if (retryEvery.isNegative() || retryEvery.isZero() || firstRetryAfter.isNegative() || longestWait.compareTo(firstRetryAfter) < 0
				|| maxTries < 1 || inFlightTimeout.isNegative() || inFlightTimeout.isZero()) {
			throw new IllegalArgumentException("vigil.dispatch: retry-every and in-flight-timeout must be positive, longest-wait at least "
					+ "first-retry-after, max-tries at least 1.");
		}
	}

	/** Waits {@link #firstRetryAfter} after the first failed try, twice that after the second, … up to {@link #longestWait}. */
	Duration waitAfter(int failedTries) {
		Duration wait = firstRetryAfter;
		for (int i = 1; i < failedTries && wait.compareTo(longestWait) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(longestWait) > 0 ? longestWait : wait;
	}

	/**
	 * The IMAP mailbox replies are read from; blank host: none is read. The password is never shown or logged.
	 *
	 * @param ssl IMAP over TLS (imaps, port 993) rather than plain IMAP with STARTTLS when offered
	 * @param fetchEvery how often the mailbox is read
	 */
	record Imap(@DefaultValue("") String host, @DefaultValue("993") int port, @DefaultValue("") String username,
			@DefaultValue("") String password, @DefaultValue("INBOX") String folder, @DefaultValue("true") boolean ssl,
			@DefaultValue("5m") Duration fetchEvery) {

		boolean configured() {
			return host != null && !host.isBlank();
		}

		@Override
		public String toString() {
			return "Imap[host=" + host + ", port=" + port + ", username=" + username + ", password=(hidden), folder=" + folder + "]";
		}

	}

}
