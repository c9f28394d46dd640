package org.vigil.dispatch.internal;

import java.io.UnsupportedEncodingException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.vigil.appeals.ApprovedAppeal;

/**
 * The email of a letter: from the organisation's sender, to the destination, the appeal's subject
 * followed by its reference ({@code [Ref. CHN 3/2026 A-1A2B3C4D]}, which replies keep and intake
 * reads back), the approved text as the body, the letter's PDF attached when there is one, and the
 * attempt's own Message-ID — the same on every try, so that a repeat can be told from a new letter
 * and a reply's {@code In-Reply-To} finds its attempt. A fax is the same email to the fax gateway's
 * address for the number ({@code vigil.dispatch.fax.gateway-pattern}), with the cover sheet and the
 * letter as its one PDF.
 */
@Component
class LetterMail {

	/** The reference in a subject: the case's reference and the appeal's {@code A-} and eight hex digits. */
	private static final Pattern REFERENCE = Pattern.compile("\\[Ref\\.?\\s[^\\]]{0,40}?\\b(A-[0-9A-F]{8})\\]", Pattern.CASE_INSENSITIVE);

	private final DispatchProperties properties;

	private final String messageIdDomain;

	LetterMail(DispatchProperties properties) {
		this.properties = properties;
		this.messageIdDomain = properties.messageIdDomain().isBlank() ? "vigil." + hostName() : properties.messageIdDomain().strip();
	}

	/** A new Message-ID for an attempt, as the header holds it. */
	String messageIdFor(UUID attemptId) {
		return "<" + attemptId + "@" + messageIdDomain + ">";
	}

	/** The subject of the letter's email. */
	static String subject(ApprovedAppeal appeal, String caseReference) {
		return appeal.subject() + " [Ref. " + caseReference + " " + appeal.reference() + "]";
	}

	/** The appeal reference ({@code A-…}) a subject quotes, if it quotes one. */
	static Optional<String> referenceIn(String subject) {
		if (subject == null) {
			return Optional.empty();
		}
		Matcher found = REFERENCE.matcher(subject);
		return found.find() ? Optional.of(found.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
	}

	/** The approved text: the body, then what the appeal asks. */
	static String text(ApprovedAppeal appeal) {
		return appeal.asks() == null ? appeal.body() : appeal.body() + "\n\n" + appeal.asks();
	}

	MimeMessage compose(JavaMailSender sender, DeliveryAttempt attempt, ApprovedAppeal appeal, String caseReference,
			Optional<byte[]> pdf) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, pdf.isPresent(), StandardCharsets.UTF_8.name());
		helper.setFrom(properties.mailFrom());
		helper.setTo(attempt.channel() == Channel.FAX ? new InternetAddress(properties.fax().addressFor(attempt.destination().address()), true)
				: to(attempt.destination()));
		helper.setSubject(subject(appeal, caseReference));
		helper.setText(text(appeal));
		if (pdf.isPresent()) {
			helper.addAttachment(((attempt.channel() == Channel.FAX ? "fax " : "letter ") + caseReference + " " + appeal.reference()).replaceAll("[^A-Za-z0-9-]+", "-") + ".pdf",
					new ByteArrayResource(pdf.get()), "application/pdf");
		}
		// JavaMailSenderImpl keeps a Message-ID set before sending rather than making a new one.
		message.setHeader("Message-ID", attempt.messageId());
		return message;
	}

	private static InternetAddress to(Destination destination) throws MessagingException {
		try {
			return destination.name() == null ? new InternetAddress(destination.address(), true)
					: new InternetAddress(destination.address(), destination.name(), StandardCharsets.UTF_8.name());
		}
		catch (UnsupportedEncodingException cannotHappen) {
			throw new IllegalStateException(cannotHappen);
		}
	}

	private static String hostName() {
		try {
			String name = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "");
			return name.isEmpty() ? "localhost" : name;
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}
