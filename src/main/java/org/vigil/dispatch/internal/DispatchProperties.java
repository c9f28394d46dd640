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
 * @param fax the email-to-fax gateway faxes go through
 */
@ConfigurationProperties("vigil.dispatch")
record DispatchProperties(@DefaultValue("vigil@localhost") String mailFrom, @DefaultValue("") String messageIdDomain,
		@DefaultValue("1m") Duration retryEvery, @DefaultValue("1m") Duration firstRetryAfter, @DefaultValue("1h") Duration longestWait,
		@DefaultValue("48") int maxTries, @DefaultValue("10m") Duration inFlightTimeout, @DefaultValue Imap imap,
		@DefaultValue Fax fax) {

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

	/**
	 * How faxes go out: through an email-to-fax gateway — an email to {@code gatewayPattern} with
	 * {@code {number}} replaced by the number's digits (e.g. {@code {number}@fax.example.org}), carrying the
	 * cover sheet and the letter as one PDF — or, when {@code api.url} is set, posted to a fax service's
	 * HTTP API. Neither: Vigil sends no fax.
	 *
	 * @param maxPages a fax longer than this (cover sheet included) is refused unless the officer confirms it
	 * @param api the fax service's HTTP API, used instead of the gateway when its URL is set
	 */
	record Fax(@DefaultValue("") String gatewayPattern, @DefaultValue("10") int maxPages, @DefaultValue FaxApi api) {

		Fax {
			if (gatewayPattern != null && !gatewayPattern.isBlank()
					&& (!gatewayPattern.contains("{number}") || !gatewayPattern.contains("@"))) {
				throw new IllegalArgumentException("vigil.dispatch.fax.gateway-pattern must be an address with {number} in it, "
						+ "such as {number}@fax.example.org");
			}
			if (maxPages < 1) {
				throw new IllegalArgumentException("vigil.dispatch.fax.max-pages must be at least 1");
			}
		}

		boolean configured() {
			return viaGateway() || api.configured();
		}

		/** Whether faxes go as emails to the gateway (no HTTP API is set). */
		boolean viaGateway() {
			return !api.configured() && gatewayPattern != null && !gatewayPattern.isBlank();
		}

		/** The gateway's address for a fax number: its digits (a leading + kept as 00) in the pattern. */
		String addressFor(String number) {
			String digits = number.strip().replaceFirst("^\\+", "00").replaceAll("[^0-9]", "");
			return gatewayPattern.strip().replace("{number}", digits);
		}

		/** The gateway's mail domain, which its reports come from; {@code null} when faxes do not go through a gateway. */
		String domain() {
			if (!viaGateway()) {
				return null;
			}
			String pattern = gatewayPattern.strip();
			return pattern.substring(pattern.lastIndexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
		}

	}


	/**
	 * A fax service's HTTP API: each fax is {@code POST}ed to {@code url} with the number dialled in the query
	 * ({@code ?to=} and its digits), the attempt's Message-ID as {@code Idempotency-Key} (a retry is
	 * recognised, never faxed twice), and the document as the body — {@code application/pdf}, or
	 * {@code image/tiff} in TIFF-F (CCITT T.4, 204 × 196 dpi) for services that need it. The username and
	 * password (HTTP Basic; a password alone is sent as a bearer token) are never shown or logged.
	 *
	 * @param url where faxes are posted ({@code https://}; {@code http://} only to this machine); blank: no HTTP API
	 * @param format {@code PDF} or {@code TIFF_F}
	 * @param timeout how long one request may take
	 */
	record FaxApi(@DefaultValue("") String url, @DefaultValue("") String username, @DefaultValue("") String password,
			@DefaultValue("PDF") FaxFormat format, @DefaultValue("30s") Duration timeout) {

		FaxApi {
			if (url != null && !url.isBlank() && !url.startsWith("https://") && !url.matches("http://(127\\.0\\.0\\.1|localhost|\\[::1\\])[:/].*")) {
				throw new IllegalArgumentException("vigil.dispatch.fax.api.url must be an https:// address (http:// only to this machine)");
			}
			if (timeout.isNegative() || timeout.isZero()) {
				throw new IllegalArgumentException("vigil.dispatch.fax.api.timeout must be positive");
			}
		}

		boolean configured() {
			return url != null && !url.isBlank();
		}

		/** The {@code Authorization} header's value: HTTP Basic, or the password alone as a bearer token; empty without credentials. */
		java.util.Optional<String> authorization() {
			if (!username.isEmpty()) {
				String pair = username + ":" + password;
				return java.util.Optional.of("Basic " + java.util.Base64.getEncoder().encodeToString(pair.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			}
			return password.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of("Bearer " + password);
		}

		@Override
		public String toString() {
			return "FaxApi[url=" + url + ", username=" + username + ", password=(hidden), format=" + format + "]";
		}

	}

	/** What a fax service's HTTP API takes: the PDF as it is, or TIFF-F (fax pages, 1 bit, CCITT T.4). */
	enum FaxFormat {
		PDF, TIFF_F
	}


}
