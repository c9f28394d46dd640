package org.vigil.dispatch.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a report on a letter from a reply: a delivery status notification (RFC 3464
 * {@code multipart/report}), a classic bounce from a mailer daemon quoting the letter, or the fax
 * gateway's confirmation or failure. A report names the letter by the Message-ID Vigil gave it —
 * in {@code In-Reply-To}, in the returned headers, or quoted in its text — and says what became of
 * it. Its words are kept as the attempt's receipt or error; nothing of it is ever executed.
 */
final class DeliveryReports {

	/** The Message-IDs Vigil makes: an attempt's id at Vigil's domain. */
	private static final Pattern LETTER_ID = Pattern.compile(
			"<[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@[^<>\\s]{1,200}>", Pattern.CASE_INSENSITIVE);

	private static final Pattern DAEMON = Pattern.compile("(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@", Pattern.CASE_INSENSITIVE);

	private static final Pattern BOUNCE_SUBJECT = Pattern.compile(
			"undeliver|undelivered mail|delivery status notification|delivery failure|mail delivery failed|returned mail|failure notice",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ACTION = Pattern.compile("^Action:\\s*([a-z]+)", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

	private static final Pattern DIAGNOSTIC = Pattern.compile("^(Diagnostic-Code|Status):\\s*(.+)$", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

	private static final Pattern FAX_FAILED = Pattern.compile(
			"fail|error|busy|no answer|not delivered|not sent|unsuccessful|could not|rejected", Pattern.CASE_INSENSITIVE);

	private static final Pattern FAX_DELIVERED = Pattern.compile("success|delivered|confirm|completed|sent ok|transmitted",
			Pattern.CASE_INSENSITIVE);

	private DeliveryReports() {
	}

	/**
	 * What a report says of the letters it names.
	 *
	 * @param letters the Message-IDs of Vigil's letters it names
	 * @param outcome {@code DELIVERED}, {@code FAILED} or {@code BOUNCED}; empty for a report that changes nothing (a delay)
	 * @param words the report's own words, on one line, at most 200 characters
	 */
	record Report(List<String> letters, Optional<AttemptStatus> outcome, String words) {
	}

	/**
	 * The report the message is, or empty when it is none (a reply, say, which only threads under the letter).
	 *
	 * @param contentType the message's own Content-Type
	 * @param raw the message's source, or {@code null} when it was too large to keep
	 * @param faxDomain the fax gateway's mail domain, or {@code null} when there is no gateway
	 */
	static Optional<Report> of(ReceivedMail mail, String contentType, byte[] raw, String faxDomain) {
		String sender = mail.sender() == null ? "" : mail.sender().toLowerCase(Locale.ROOT);
		String subject = mail.subject() == null ? "" : mail.subject();
		String source = raw == null ? mail.text() : new String(raw, StandardCharsets.UTF_8);
		boolean dsn = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/report");
		boolean bounce = DAEMON.matcher(sender).find() || BOUNCE_SUBJECT.matcher(subject).find();
		boolean gateway = faxDomain != null && (sender.contains("@" + faxDomain) || sender.contains("." + faxDomain));
		if (!dsn && !bounce && !gateway) {
			return Optional.empty();
		}
		List<String> letters = lettersNamed(mail, source);
		if (letters.isEmpty()) {
			return Optional.empty();
		}
		if (dsn) {
			Matcher action = ACTION.matcher(source);
			String act = action.find() ? action.group(1).toLowerCase(Locale.ROOT) : "failed";
			Optional<AttemptStatus> outcome = switch (act) {
				case "failed" -> Optional.of(gateway ? AttemptStatus.FAILED : AttemptStatus.BOUNCED);
				case "delivered" -> Optional.of(AttemptStatus.DELIVERED);
				default -> Optional.empty(); // delayed, relayed, expanded: not the end of it
			};
			return Optional.of(new Report(letters, outcome, words(diagnostic(source).orElse(subject))));
		}
		if (gateway) {
			String said = subject + "\n" + (mail.text() == null ? "" : mail.text());
			Optional<AttemptStatus> outcome = FAX_FAILED.matcher(said).find() ? Optional.of(AttemptStatus.FAILED)
					: FAX_DELIVERED.matcher(said).find() ? Optional.of(AttemptStatus.DELIVERED) : Optional.empty();
			return Optional.of(new Report(letters, outcome, words(subject.isBlank() ? firstLine(mail.text()) : subject)));
		}
		return Optional.of(new Report(letters, Optional.of(AttemptStatus.BOUNCED),
				words(diagnostic(source).orElse(subject + " " + firstLine(mail.text())))));
	}

	private static List<String> lettersNamed(ReceivedMail mail, String source) {
		Set<String> ids = new LinkedHashSet<>();
		for (String id : mail.answers()) {
			if (LETTER_ID.matcher(id).matches()) {
				ids.add(id);
			}
		}
		if (source != null) {
			Matcher quoted = LETTER_ID.matcher(source);
			while (quoted.find() && ids.size() < 20) {
				ids.add(quoted.group());
			}
		}
		ids.remove(mail.messageId());
		return List.copyOf(ids);
	}

	private static Optional<String> diagnostic(String source) {
		if (source == null) {
			return Optional.empty();
		}
		Matcher found = DIAGNOSTIC.matcher(source);
		String status = null;
		while (found.find()) {
			if (found.group(1).equalsIgnoreCase("Diagnostic-Code")) {
				return Optional.of(found.group(2));
			}
			status = status == null ? "Status " + found.group(2) : status;
		}
		return Optional.ofNullable(status);
	}

	private static String firstLine(String text) {
		return text == null ? "" : text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
	}

	private static String words(String text) {
		String line = text == null ? "" : text.replaceAll("\\p{Cntrl}+", " ").replaceAll("\\s+", " ").strip();
		return line.length() > 200 ? line.substring(0, 200) : line;
	}

}
