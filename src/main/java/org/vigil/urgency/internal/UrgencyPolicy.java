package org.vigil.urgency.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.vigil.cases.CaseStatus;
import org.vigil.cases.Outcome;
import org.vigil.cases.Reliability;
import org.vigil.urgency.UrgencyLevel;
import org.vigil.urgency.internal.UrgencyFacts.Custody;
import org.vigil.urgency.internal.UrgencyFacts.Transfer;

/**
 * Every rule of how urgent a case is, in one place. Each rule looks at one fact (an expected
 * transfer, a custody, the silence) and may find a level with its reason; the case takes the most
 * urgent level found, and keeps every reason, the weightiest first.
 *
 * <ul>
 * <li><b>Handover to the feared state</b> — people are to be handed to the country of feared return
 * itself (or taken to a place inside it).</li>
 * <li><b>Chain return</b> — people are to be handed to a state that returns people onward, directly
 * or through others, to the country of feared return.</li>
 * <li><b>Transfer near the border</b> — people are to be moved to a place within the border distance
 * of the country of feared return.</li>
 * <li>Each of these is <i>imminent</i> when it is soon (reported as imminent, or expected within the
 * transfer window, or its day has passed) and the report is neither weak (a rumour, or a source of
 * low reliability) nor stale; otherwise <i>high</i>, saying why not imminent.</li>
 * <li><b>Held near the border</b>, <b>held by a custodian known to hand people over</b> — <i>high</i>.</li>
 * <li>Any other expected transfer or custody is said, at <i>watch</i>; so is a silence of the
 * silence threshold or longer, and a case of which nothing is known yet.</li>
 * <li><b>Returned</b> — the case's outcome (its form's field, which follow-up sets too) is a forced return: <i>high</i> (the people are in the
 * hands of the state they feared).</li>
 * <li><b>Dormant</b> — no news for the dormant threshold, nothing expected, nothing high; or the case is closed;
 * or the case's outcome ends the danger (released, reached safety), which says so.</li>
 * </ul>
 */
final class UrgencyPolicy {

	/** The most reasons kept: enough to explain, few enough to read. */
	static final int MAX_REASONS = 8;

	private final UrgencySettings settings;

	UrgencyPolicy(UrgencySettings settings) {
		this.settings = settings;
	}

	Assessment assess(UrgencyFacts facts) {
		if (facts.status() == CaseStatus.CLOSED) {
			return new Assessment(UrgencyLevel.DORMANT, List.of(Phrase.of("urgency.reason.closed")), Phrase.of("urgency.next.closed"));
		}
		if (facts.outcome() == Outcome.RELEASED || facts.outcome() == Outcome.REACHED_SAFETY) {
			return new Assessment(UrgencyLevel.DORMANT, List.of(Phrase.of("urgency.reason.outcome." + facts.outcome().name())),
					Phrase.of("urgency.next.dangerEnded"));
		}
		List<Finding> findings = new ArrayList<>();
		if (facts.outcome() == Outcome.FORCIBLY_RETURNED) {
			findings.add(new Finding(UrgencyLevel.HIGH, Phrase.of("urgency.reason.returned")));
		}
		for (Transfer transfer : facts.transfers()) {
			findings.addAll(expected(transfer, facts));
		}
		for (Custody custody : facts.custody()) {
			findings.add(held(custody, facts));
		}
		if (!facts.knowsWhereabouts()) {
			findings.add(new Finding(UrgencyLevel.WATCH, Phrase.of("urgency.reason.nothingKnown")));
		}
		boolean serious = findings.stream().anyMatch(f -> f.level().isMoreUrgentThan(UrgencyLevel.WATCH));
		if (!serious && facts.transfers().isEmpty() && isDormant(facts)) {
			// Long silence outweighs what is merely watched: the case is dormant, and says so first.
			findings.add(0, new Finding(UrgencyLevel.DORMANT, Phrase.of("urgency.reason.quiet", Word.number(facts.daysSinceNews()))));
		}
		else {
			silence(facts).ifPresent(findings::add);
			findings.sort(Comparator.comparing(Finding::level));
		}
		if (findings.isEmpty()) {
			// Only sightings or a hiding place are recorded, and the news is recent: nothing says danger, nothing says rest.
			findings.add(new Finding(UrgencyLevel.WATCH, Phrase.of("urgency.reason.noCustodyKnown", Word.number(facts.daysSinceNews()))));
		}
		UrgencyLevel level = findings.get(0).level();
		List<Phrase> reasons = new ArrayList<>(new LinkedHashSet<>(findings.stream().map(Finding::reason).toList()));
		return new Assessment(level, reasons.subList(0, Math.min(MAX_REASONS, reasons.size())), nextStep(level, facts));
	}

	// ------------------------------------------------------------------ expected transfers and handovers

	private List<Finding> expected(Transfer transfer, UrgencyFacts facts) {
		String feared = facts.fearedReturn();
		if (feared != null && (feared.equals(transfer.receivingState()) || isInside(transfer.kmToFearedReturn()))) {
			return towardsReturn(transfer, facts, Phrase.of("urgency.reason.handover", Word.country(feared), Word.text(transfer.place()),
					how(transfer), source(transfer.reliability(), transfer.sourceConfidential()), age(transfer.reportAgeDays())));
		}
		Optional<List<String>> chain = settings.chainOfReturns(transfer.receivingState(), feared);
		if (chain.isPresent()) {
			return towardsReturn(transfer, facts, Phrase.of("urgency.reason.chainReturn", Word.country(transfer.receivingState()),
					Word.text(transfer.place()), how(transfer), source(transfer.reliability(), transfer.sourceConfidential()), age(transfer.reportAgeDays()),
					chain(chain.get())));
		}
		if (isNearTheBorder(transfer.kmToFearedReturn())) {
			return towardsReturn(transfer, facts, transferReason(transfer, feared));
		}
		Phrase reason = transfer.isHandover()
				? Phrase.of("urgency.reason.handover", Word.country(transfer.receivingState()), Word.text(transfer.place()), how(transfer),
						source(transfer.reliability(), transfer.sourceConfidential()), age(transfer.reportAgeDays()))
				: transferReason(transfer, feared);
		return List.of(new Finding(UrgencyLevel.WATCH, reason));
	}

	/** A move that brings return near: imminent when soon and well reported, otherwise high with the reason why not yet. */
	private List<Finding> towardsReturn(Transfer transfer, UrgencyFacts facts, Phrase reason) {
		if (!isSoon(transfer, facts)) {
			return List.of(new Finding(UrgencyLevel.HIGH, reason));
		}
		List<Finding> findings = new ArrayList<>();
		boolean weak = transfer.certainty().isWeak() || transfer.reliability() == Reliability.LOW;
		boolean stale = transfer.reportAgeDays() > settings.staleReportDays();
		findings.add(new Finding(weak || stale ? UrgencyLevel.HIGH : UrgencyLevel.IMMINENT, reason));
		if (weak) {
			// "its source is of low reliability" would tell what the reason keeps back about a confidential source.
			findings.add(new Finding(UrgencyLevel.HIGH, Phrase.of(transfer.sourceConfidential() ? "urgency.reason.weakConfidentialReport"
					: "urgency.reason.weakReport")));
		}
		if (stale) {
			findings.add(new Finding(UrgencyLevel.HIGH, Phrase.of("urgency.reason.oldReport", Word.number(transfer.reportAgeDays()))));
		}
		return findings;
	}

	/** Reported as imminent, or expected within the transfer window (a day already past counts: it may have happened). */
	private boolean isSoon(Transfer transfer, UrgencyFacts facts) {
		return transfer.certainty() == Certainty.IMMINENT || transfer.expectedFrom() != null
				&& !transfer.expectedFrom().isAfter(facts.today().plusDays(settings.transferWindowDays()));
	}

	private Phrase transferReason(Transfer transfer, String feared) {
		if (transfer.kmToFearedReturn() == null || feared == null) {
			return Phrase.of("urgency.reason.transferWithoutDistance", Word.text(transfer.place()), how(transfer),
					source(transfer.reliability(), transfer.sourceConfidential()), age(transfer.reportAgeDays()));
		}
		return Phrase.of("urgency.reason.transfer", Word.text(transfer.place()), km(transfer.kmToFearedReturn()), Word.country(feared),
				how(transfer), source(transfer.reliability(), transfer.sourceConfidential()), age(transfer.reportAgeDays()));
	}

	/** "reported as imminent", or how sure the report is, with the day when it gives one. */
	private static Phrase how(Transfer transfer) {
		if (transfer.certainty() == Certainty.IMMINENT) {
			return certainty(Certainty.IMMINENT);
		}
		return transfer.expectedFrom() == null ? certainty(transfer.certainty())
				: Phrase.of("urgency.how.due", certainty(transfer.certainty()), Word.day(transfer.expectedFrom()));
	}

	/** "Laos returns people to China, which returns them to North Korea". */
	private static Phrase chain(List<String> states) {
		Word rest = Word.country(states.get(states.size() - 1));
		for (int i = states.size() - 2; i >= 1; i--) {
			rest = Phrase.of("urgency.chain.via", Word.country(states.get(i)), rest);
		}
		return Phrase.of("urgency.chain.returns", Word.country(states.get(0)), rest);
	}

	// ------------------------------------------------------------------ custody

	private Finding held(Custody custody, UrgencyFacts facts) {
		if (settings.handsPeopleOver(custody.custodian())) {
			return new Finding(UrgencyLevel.HIGH,
					Phrase.of("urgency.reason.heldByHandoverCustodian", Word.text(custody.custodian()), Word.text(custody.place())));
		}
		Phrase reason = custody.kmToFearedReturn() == null || facts.fearedReturn() == null
				? Phrase.of("urgency.reason.heldWithoutDistance", Word.text(custody.place()), certainty(custody.certainty()),
						source(custody.reliability(), custody.sourceConfidential()), age(custody.reportAgeDays()))
				: Phrase.of("urgency.reason.held", Word.text(custody.place()), km(custody.kmToFearedReturn()),
						Word.country(facts.fearedReturn()), certainty(custody.certainty()), source(custody.reliability(), custody.sourceConfidential()),
						age(custody.reportAgeDays()));
		return new Finding(isNearTheBorder(custody.kmToFearedReturn()) ? UrgencyLevel.HIGH : UrgencyLevel.WATCH, reason);
	}

	// ------------------------------------------------------------------ time

	private Optional<Finding> silence(UrgencyFacts facts) {
		if (facts.daysSinceNews() == null || facts.daysSinceNews() < settings.silenceDays()) {
			return Optional.empty();
		}
		return Optional.of(new Finding(UrgencyLevel.WATCH, Phrase.of("urgency.reason.noNews", Word.number(facts.daysSinceNews()))));
	}

	private boolean isDormant(UrgencyFacts facts) {
		return facts.daysSinceNews() != null && facts.daysSinceNews() >= settings.dormantDays();
	}

	// ------------------------------------------------------------------ the next step

	private Phrase nextStep(UrgencyLevel level, UrgencyFacts facts) {
		if (!facts.knowsWhereabouts()) {
			return Phrase.of("urgency.next.recordWhereabouts");
		}
		boolean silent = facts.daysSinceNews() != null && facts.daysSinceNews() >= settings.silenceDays();
		if (level.isMoreUrgentThan(UrgencyLevel.WATCH) && !facts.appealSent()) {
			return Phrase.of("urgency.next.noAppeal");
		}
		if (silent && facts.appealSent() && facts.daysSinceAppeal() >= settings.silenceDays()) {
			return Phrase.of("urgency.next.followUp", Word.number(facts.daysSinceAppeal()), Word.number(facts.daysSinceNews()));
		}
		if (silent) {
			return Phrase.of("urgency.next.noNews", Word.number(facts.daysSinceNews()));
		}
		return Phrase.of("urgency.next.keepWatching");
	}

	// ------------------------------------------------------------------ words

	private boolean isNearTheBorder(Double km) {
		return km != null && km <= settings.borderKm();
	}

	private static boolean isInside(Double km) {
		return km != null && km == 0;
	}

	private static Phrase certainty(Certainty certainty) {
		return Phrase.of("urgency.certainty." + certainty.name());
	}

	/**
	 * "a usually reliable source" — or "a confidential source": the reasons are read by everyone on the case, and a
	 * confidential source's reliability only by those to whom the case's identities are revealed (the whereabouts
	 * timeline gives it to them).
	 */
	private static Phrase source(Reliability reliability, boolean confidential) {
		return Phrase.of(confidential ? "urgency.source.confidential" : "urgency.source." + reliability.name());
	}

	private static Phrase age(int days) {
		return Phrase.of("urgency.age", Word.number(days));
	}

	private static Word km(double km) {
		return Word.number(Math.round(km));
	}

	/** One rule's conclusion. */
	private record Finding(UrgencyLevel level, Phrase reason) {
	}

}
