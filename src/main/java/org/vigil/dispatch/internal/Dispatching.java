package org.vigil.dispatch.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.AppealStatus;
import org.vigil.appeals.ApprovedAppeal;
import org.vigil.appeals.ApprovedAppeals;
import org.vigil.cases.CaseStanding;
import org.vigil.dispatch.AppealDispatched;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;

/**
 * Dispatching an approved appeal: one pending delivery attempt per destination and channel, each
 * with its own Message-ID, and a {@link DeliveryRequested} event for each in the same transaction —
 * so that either the attempts and their events are both recorded, or neither is. A destination the
 * appeal was dispatched to before on the same channel is refused, never sent a second time.
 */
@Service
class Dispatching {

	private final DeliveryAttemptRepository attempts;

	private final ApprovedAppeals appeals;

	private final Destinations destinations;

	private final LetterMail mail;

	private final Delivery delivery;

	private final LetterFiles letters;

	private final PaperLetters paper;

	private final DispatchProperties properties;

	private final AttemptLedger ledger;

	private final DispatchAudit audit;

	private final ApplicationEventPublisher events;

	private final EntityManager entities;

	Dispatching(DeliveryAttemptRepository attempts, ApprovedAppeals appeals, Destinations destinations, LetterMail mail,
			Delivery delivery, LetterFiles letters, PaperLetters paper, DispatchProperties properties, AttemptLedger ledger,
			DispatchAudit audit, ApplicationEventPublisher events, EntityManager entities) {
		this.attempts = attempts;
		this.appeals = appeals;
		this.destinations = destinations;
		this.mail = mail;
		this.delivery = delivery;
		this.letters = letters;
		this.paper = paper;
		this.properties = properties;
		this.ledger = ledger;
		this.audit = audit;
		this.events = events;
		this.entities = entities;
	}

	/**
	 * One destination chosen for the letter: an authority of the directory, or an address given here.
	 * @param authorityId the authority, or {@code null} when {@code to} names the destination
	 * @param to the address on the channel, or {@code null} to take the authority's
	 */
	record Choice(UUID authorityId, Channel channel, String to, String name, String title) {
	}

	/**
	 * A letter sent under an appeal's reference ({@code A-…}), when exactly one appeal carries it: for an
	 * officer attaching a reply from triage, who then must be allowed to handle that case's replies.
	 */
	@Transactional(readOnly = true)
	Optional<DeliveryAttempt> sentUnder(String appealReference) {
		List<DeliveryAttempt> found = attempts.findByAppealReferenceOrderByCreatedAtDesc(appealReference.toUpperCase(Locale.ROOT));
		return found.stream().map(DeliveryAttempt::appealId).distinct().count() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	/** The appeal's attempts, oldest first, for whoever may see the case. */
	@Transactional(readOnly = true)
	List<DeliveryAttempt> attemptsOf(CaseStanding standing, UUID appealId) {
		requireAppeal(standing, appealId);
		return attempts.findByCaseIdAndAppealIdOrderByCreatedAt(standing.caseId(), appealId);
	}

	/**
	 * Dispatches the appeal to the chosen destinations, answering the new attempts. Email and fax go out
	 * at once; a letter by post or web form waits, pending, for the officer who sends it.
	 * @param confirmLongFax the officer confirmed sending a fax longer than {@code vigil.dispatch.fax.max-pages}
	 * @throws org.vigil.platform.Refused when a rule refuses it, naming the choice ({@code channels[i]…})
	 */
	@Transactional
	List<DeliveryAttempt> dispatch(Viewer viewer, CaseStanding standing, UUID appealId, List<Choice> choices, boolean confirmLongFax) {
		AppealStatus status = requireAppeal(standing, appealId);
		Optional<DispatchRule> refused = DispatchPolicy.toDispatch(viewer, standing.visibleCase().teamId(), status, standing.purged());
		if (refused.isPresent()) {
			audit.denied(viewer, "dispatch.requested", "appeal", appealId, standing.caseId(), refused.get());
			throw Refusal.of(refused.get()).toException();
		}
		List<Refusal> refusals = new ArrayList<>();
		List<Resolved> resolved = resolve(standing.caseId(), appealId, choices, refusals);
		if (refusals.isEmpty() && !confirmLongFax) {
			faxTooLong(standing.caseId(), appealId, choices).ifPresent(refusals::add);
		}
		if (!refusals.isEmpty()) {
			throw new org.vigil.platform.Refused(refusals);
		}
		List<DeliveryAttempt> created = new ArrayList<>();
		List<DispatchAudit.Done> requested = new ArrayList<>();
		for (Resolved one : resolved) {
			UUID id = UUID.randomUUID();
			DeliveryAttempt attempt = attempts.save(new DeliveryAttempt(id, standing.caseId(), appealId, ApprovedAppeal.referenceOf(appealId),
					one.choice().authorityId(), one.choice().channel(), one.destination(), mail.messageIdFor(id), viewer.username()));
			created.add(attempt);
			requested.add(new DispatchAudit.Done("dispatch.requested", "dispatch-attempt", id, standing.caseId(),
					Map.of("appeal", appealId.toString(), "channel", one.choice().channel().name())));
			if (one.choice().channel().sentByVigil()) {
				events.publishEvent(new DeliveryRequested(id));
			}
		}
		audit.record(viewer, requested); // one group for the dispatch, not a commit an addressee
		attempts.flush(); // a concurrent dispatch to the same destination fails here, on the unique index
		return created;
	}

	/**
	 * What refuses these destinations now, whatever the appeal's state: a channel that is not configured, an
	 * address that is not one of the channel's, an authority unknown or without an address on the channel,
	 * a destination already sent to. Each refusal names its choice ({@code channels[i]…}).
	 */
	@Transactional(readOnly = true)
	List<Refusal> refusalsOf(UUID caseId, UUID appealId, List<Choice> choices) {
		List<Refusal> refusals = new ArrayList<>();
		resolve(caseId, appealId, choices, refusals);
		return refusals;
	}

	private record Resolved(Choice choice, Destination destination) {
	}

	private List<Resolved> resolve(UUID caseId, UUID appealId, List<Choice> choices, List<Refusal> refusals) {
		Set<String> before = new HashSet<>();
		for (DeliveryAttempt existing : attempts.findByCaseIdAndAppealIdOrderByCreatedAt(caseId, appealId)) {
			before.add(key(existing.channel(), existing.destination().address()));
		}
		Set<String> now = new HashSet<>();
		List<Resolved> resolved = new ArrayList<>();
		for (int i = 0; i < choices.size(); i++) {
			Choice choice = choices.get(i);
			String field = "channels[" + i + "]";
			if (choice.channel().sentByVigil() && !delivery.canSend(choice.channel())) {
				refusals.add(Refusal.onField(DispatchRule.MAIL_NOT_CONFIGURED, field + ".channel"));
				continue;
			}
			if (choice.channel() == Channel.FAX && !properties.fax().configured()) {
				refusals.add(Refusal.onField(DispatchRule.FAX_NOT_CONFIGURED, field + ".channel"));
				continue;
			}
			if (choice.to() != null && !choice.to().isBlank() && !Addresses.fits(choice.channel(), choice.to().strip())) {
				refusals.add(Refusal.onField(DispatchRule.ADDRESS_INVALID, field + ".to", choice.channel().name()));
				continue;
			}
			Optional<Destination> destination = destinationOf(choice);
			if (destination.isEmpty()) {
				refusals.add(choice.authorityId() == null ? Refusal.onField(DispatchRule.DESTINATION_REQUIRED, field + ".to")
						: Refusal.onField(DispatchRule.DESTINATION_UNKNOWN, field + ".authorityId"));
				continue;
			}
			String key = key(choice.channel(), destination.get().address());
			if (before.contains(key)) {
				refusals.add(Refusal.onField(DispatchRule.ALREADY_DISPATCHED, field + ".to", destination.get().address()));
			}
			else if (now.add(key)) {
				resolved.add(new Resolved(choice, destination.get()));
			}
		}
		return resolved;
	}

	/** A fax among the choices that would be longer than the gateway's limit, as a refusal naming it. */
	private Optional<Refusal> faxTooLong(UUID caseId, UUID appealId, List<Choice> choices) {
		for (int i = 0; i < choices.size(); i++) {
			if (choices.get(i).channel() == Channel.FAX) {
				int pages = letters.pdf(caseId, appealId).map(paper::faxPages).orElse(1);
				int max = properties.fax().maxPages();
				return pages > max ? Optional.of(Refusal.onField(DispatchRule.FAX_TOO_LONG, "channels[" + i + "].channel", pages, max))
						: Optional.empty();
			}
		}
		return Optional.empty();
	}

	/**
	 * An officer posted the letter or sent it through the authority's web form: the attempt is SENT, by
	 * them, with the receipt they were given (the form's confirmation number, a registered-post number).
	 * The ledger commits the change itself; the attempt is read again after it, and {@link AppealDispatched}
	 * is published with the transaction.
	 * @throws org.vigil.platform.Refused when they may not, or the attempt is not a pending one of post or web form
	 */
	@Transactional
	DeliveryAttempt markSent(Viewer viewer, CaseStanding standing, UUID appealId, UUID attemptId, String receipt) {
		AppealStatus status = requireAppeal(standing, appealId);
		DeliveryAttempt attempt = attempts.findById(attemptId).filter(a -> a.appealId().equals(appealId) && a.caseId().equals(standing.caseId()))
			.orElseThrow(() -> new NotFoundException("Delivery attempt"));
		Optional<DispatchRule> refused = DispatchPolicy.toDispatch(viewer, standing.visibleCase().teamId(), status, standing.purged());
		if (refused.isPresent()) {
			audit.denied(viewer, "dispatch.marked-sent", "dispatch-attempt", attemptId, standing.caseId(), refused.get());
			throw Refusal.of(refused.get()).toException();
		}
		if (!ledger.sentByHand(attemptId, viewer.username(), blankToNull(receipt), java.time.Instant.now())) {
			throw Refusal.of(DispatchRule.NOT_SENT_BY_HAND).toException();
		}
		audit.record(viewer, "dispatch.marked-sent", "dispatch-attempt", attemptId, standing.caseId(),
				Map.of("appeal", appealId.toString(), "channel", attempt.channel().name()));
		entities.refresh(attempt);
		events.publishEvent(new AppealDispatched(attempt.caseId(), appealId, attemptId, attempt.channel().name(), attempt.sentAt()));
		return attempt;
	}

	/**
	 * The print run of the appeal's letters by post that wait to be posted: a cover letter and the letter
	 * for each, then their address labels, as one PDF. Audited; the attempts stay pending until they are marked posted.
	 * @throws org.vigil.platform.Refused when the caller may not dispatch it, or no letter by post waits
	 */
	@Transactional(readOnly = true)
	byte[] printBatch(Viewer viewer, CaseStanding standing, UUID appealId) {
		AppealStatus status = requireAppeal(standing, appealId);
		Optional<DispatchRule> refused = DispatchPolicy.toDispatch(viewer, standing.visibleCase().teamId(), status, standing.purged());
		if (refused.isPresent()) {
			audit.denied(viewer, "dispatch.printed", "appeal", appealId, standing.caseId(), refused.get());
			throw Refusal.of(refused.get()).toException();
		}
		List<Destination> toPost = attempts.findByCaseIdAndAppealIdOrderByCreatedAt(standing.caseId(), appealId).stream()
			.filter(a -> a.channel() == Channel.POST && a.status() == AttemptStatus.PENDING).map(DeliveryAttempt::destination).toList();
		Optional<byte[]> letter = letters.pdf(standing.caseId(), appealId);
		Optional<ApprovedAppeal> appeal = appeals.find(standing.caseId(), appealId);
		if (toPost.isEmpty() || letter.isEmpty() || appeal.isEmpty()) {
			throw Refusal.of(DispatchRule.NOTHING_TO_PRINT).toException();
		}
		audit.record(viewer, "dispatch.printed", "appeal", appealId, standing.caseId(), Map.of("letters", Integer.toString(toPost.size())));
		return paper.printBatch(toPost, appeal.get(), standing.visibleCase().reference(), letter.get(), java.time.LocalDate.now());
	}

	private Optional<Destination> destinationOf(Choice choice) {
		if (choice.to() != null && !choice.to().isBlank()) {
			Optional<Destination> known = choice.authorityId() == null ? Optional.empty() : destinations.of(choice.authorityId(), choice.channel());
			return Optional.of(new Destination(blankToNull(choice.name()), blankToNull(choice.title()), choice.to().strip(),
					known.map(Destination::asOf).orElse(null)));
		}
		return choice.authorityId() == null ? Optional.empty() : destinations.of(choice.authorityId(), choice.channel());
	}

	private AppealStatus requireAppeal(CaseStanding standing, UUID appealId) {
		return appeals.statusOf(standing.caseId(), appealId).orElseThrow(() -> new NotFoundException("Appeal"));
	}

	private static String key(Channel channel, String address) {
		return channel + " " + address.strip().toLowerCase(Locale.ROOT);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
