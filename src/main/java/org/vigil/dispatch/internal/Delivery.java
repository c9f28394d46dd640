package org.vigil.dispatch.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.vigil.appeals.ApprovedAppeal;
import org.vigil.audit.AuditEvent;
import org.vigil.dispatch.AppealDispatched;
import org.vigil.vault.KeyDestroyedException;

/**
 * Sends a delivery attempt, from its {@link DeliveryRequested} event. It claims the attempt (one
 * sender at a time, never one already SENT), sends it, and records SENT before returning — only then
 * does the event publication registry mark the event complete. When the server is down the
 * failure is recorded (error, tries, when to try next) and thrown again, so that the publication
 * stays incomplete and {@link DeliveryRetry} resubmits it after the backoff. If Vigil dies between
 * the server's acceptance and the record, the next try sends the same Message-ID again: the one
 * repeat SMTP cannot rule out, and one a receiver can recognise.
 */
@Component
class Delivery {

	private static final Logger log = LoggerFactory.getLogger(Delivery.class);

	/**
	 * Letters of one appeal that go out within this time of each other are one dispatch: the first
	 * announces it ({@link AppealDispatched}), the others publish nothing. A dispatch to two hundred
	 * addressees would otherwise have urgency reassess the case two hundred times, one after the other
	 * under the case's lock, while the letters wait for the listener threads.
	 */
	static final Duration BURST = Duration.ofMinutes(10);

	private final DeliveryAttemptRepository attempts;

	private final AttemptLedger ledger;

	private final PreparedLetters prepared;

	private final LetterMail mail;

	private final SmtpConnections connections;

	private final PaperLetters paper;

	private final FaxService faxes;

	private final ObjectProvider<JavaMailSender> senders;

	private final DispatchProperties properties;

	private final DispatchAudit audit;

	private final ApplicationEventPublisher events;

	private final boolean configured;

	Delivery(DeliveryAttemptRepository attempts, AttemptLedger ledger, PreparedLetters prepared, LetterMail mail,
			SmtpConnections connections, PaperLetters paper, FaxService faxes, ObjectProvider<JavaMailSender> senders, DispatchProperties properties,
			DispatchAudit audit, ApplicationEventPublisher events, @Value("${spring.mail.host:}") String host) {
		this.attempts = attempts;
		this.ledger = ledger;
		this.prepared = prepared;
		this.mail = mail;
		this.connections = connections;
		this.paper = paper;
		this.faxes = faxes;
		this.senders = senders;
		this.properties = properties;
		this.audit = audit;
		this.events = events;
		this.configured = StringUtils.hasText(host);
	}

	/** Whether an SMTP server is configured ({@code spring.mail.host}), so that email can go out. */
	boolean mailConfigured() {
		return configured && senders.getIfAvailable() != null;
	}

	/** Whether Vigil can send on the channel now: email and gateway faxes need the SMTP server, API faxes the service. */
	boolean canSend(Channel channel) {
		return channel == Channel.FAX && faxes.configured() || mailConfigured();
	}

	@ApplicationModuleListener
	void on(DeliveryRequested requested) {
		deliver(requested.attemptId());
	}

	/** Sends the attempt unless it is sent, given up, or being sent by another sender right now. */
	void deliver(UUID attemptId) {
		Optional<DeliveryAttempt> found = attempts.findById(attemptId);
		if (found.isEmpty() || found.get().status() != AttemptStatus.PENDING || !found.get().channel().sentByVigil()) {
			return; // sent already (or given up, or an officer's to send): never twice
		}
		DeliveryAttempt attempt = found.get();
		Instant now = Instant.now();
		Optional<Integer> claimed = ledger.claim(attemptId, now, now.minus(properties.inFlightTimeout()));
		if (claimed.isEmpty()) {
			// Another sender holds it; if that sender died, the claim goes stale and a retry takes it over.
			throw new DeliveryDeferred("Delivery attempt " + attemptId + " is being sent by another sender");
		}
		int tries = claimed.get();
		Optional<FaxService.Answer> answer;
		try {
			answer = send(attempt);
		}
		catch (KeyDestroyedException purged) {
			ledger.failed(attemptId, "The case was purged before the letter was sent", null);
			audit.tried(attempt, AuditEvent.FAILED, tries);
			return;
		}
		catch (MailException | MessagingException | DeliveryDeferred ex) {
			Instant next = tries >= properties.maxTries() ? null : Instant.now().plus(properties.waitAfter(tries));
			ledger.failed(attemptId, describe(ex), next);
			audit.tried(attempt, AuditEvent.FAILED, tries);
			log.warn("Delivery attempt {} failed on try {}{}: {}", attemptId, tries, next == null ? ", giving up" : ", next at " + next,
					describe(ex));
			throw new DeliveryDeferred("Delivery attempt " + attemptId + " failed on try " + tries, ex);
		}
		if (answer.isPresent() && answer.get().status() == AttemptStatus.FAILED) {
			ledger.failed(attemptId, answer.get().words(), null); // the service refused this fax: trying again would not help
			audit.tried(attempt, AuditEvent.FAILED, tries);
			return;
		}
		Instant sentAt = Instant.now();
		boolean firstOfBurst = ledger.sent(attemptId, sentAt, sentAt.minus(BURST), answer.map(FaxService.Answer::words).orElse(null));
		if (answer.isPresent() && answer.get().status() == AttemptStatus.DELIVERED) {
			ledger.reported(attemptId, AttemptStatus.DELIVERED, answer.get().words(), sentAt);
		}
		audit.tried(attempt, AuditEvent.SUCCESS, tries);
		if (firstOfBurst) {
			events.publishEvent(new AppealDispatched(attempt.caseId(), attempt.appealId(), attemptId, attempt.channel().name(), sentAt));
		}
	}

	/** Sends the attempt; answers the fax service's reply when it went through the HTTP API. */
	private Optional<FaxService.Answer> send(DeliveryAttempt attempt) throws MessagingException {
		PreparedLetters.Prepared letter = prepared.of(attempt.caseId(), attempt.appealId())
			.orElseThrow(() -> new IllegalStateException("Appeal " + attempt.appealId() + " is no longer approved"));
		ApprovedAppeal appeal = letter.appeal();
		String reference = letter.caseReference();
		Optional<byte[]> pdf = letter.pdf();
		if (attempt.channel() == Channel.FAX) {
			if (!properties.fax().configured() || pdf.isEmpty()) {
				throw new DeliveryDeferred("No fax gateway or fax service is configured (vigil.dispatch.fax.*)");
			}
			pdf = Optional.of(paper.fax(attempt.destination(), appeal, reference, pdf.get(), LocalDate.now()));
			if (faxes.configured()) {
				return Optional.of(faxes.send(attempt, pdf.get()));
			}
		}
		JavaMailSender sender = configured ? senders.getIfAvailable() : null;
		if (sender == null) {
			throw new DeliveryDeferred("No SMTP server is configured (spring.mail.host)");
		}
		connections.send(sender, mail.compose(sender, attempt, appeal, reference, pdf));
		return Optional.empty();
	}

	/** The error as stored and shown: its own words, without line breaks, at most 500 characters. */
	private static String describe(Exception ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String text = ex.getClass().getSimpleName() + ": " + ex.getMessage()
				+ (root != ex ? " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")" : "");
		text = text.replaceAll("\\p{Cntrl}+", " ").strip();
		return text.length() > 500 ? text.substring(0, 500) : text;
	}

	/** A letter that could not go out now and will be tried again; leaves the event publication incomplete. */
	static final class DeliveryDeferred extends RuntimeException {

		private static final long serialVersionUID = 1L;

		DeliveryDeferred(String message) {
			super(message);
		}

		DeliveryDeferred(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
