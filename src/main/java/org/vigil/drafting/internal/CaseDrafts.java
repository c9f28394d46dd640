package org.vigil.drafting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.vigil.appeals.ApprovedAppeal;
import org.vigil.appeals.ApprovedAppeals;
import org.vigil.appeals.DraftSource;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.PersonDirectory;
import org.vigil.cases.PersonEntry;
import org.vigil.cases.VisibleCase;
import org.vigil.directory.Authority;
import org.vigil.directory.AuthorityDirectory;
import org.vigil.dispatch.Dispatches;
import org.vigil.geo.Borders;
import org.vigil.geo.Gazetteer;
import org.vigil.law.CaseLaw;
import org.vigil.law.Obligations;
import org.vigil.law.RiskProfiles;
import org.vigil.letters.LetterKind;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.platform.web.Dates;
import org.vigil.urgency.UrgencyExplanations;
import org.vigil.whereabouts.CaseWhereabouts;
import org.vigil.whereabouts.PlaceRef;
import org.vigil.whereabouts.TransferFact;
import org.vigil.whereabouts.WhereaboutsFacts;

/**
 * Writes a case's appeal: gathers what each module knows of the case (never an identity, unless a
 * drafter to whom the case's identities are revealed asks the letter to name the people) and hands it
 * to the {@link LetterWriter}. An addressee or copy that is not in the directory is refused, naming
 * the field; names asked for by a drafter to whom they are not revealed are refused.
 */
@Service
class CaseDrafts implements DraftSource {

	private final PersonDirectory persons;

	private final WhereaboutsFacts whereabouts;

	private final UrgencyExplanations urgency;

	private final CaseLaw law;

	private final Obligations obligations;

	private final RiskProfiles risks;

	private final AuthorityDirectory directory;

	private final Borders borders;

	private final Gazetteer gazetteer;

	private final MessageSource messages;

	private final ApprovedAppeals appeals;

	private final Dispatches dispatches;

	private final Dates dates;

	CaseDrafts(PersonDirectory persons, WhereaboutsFacts whereabouts, UrgencyExplanations urgency, CaseLaw law,
			Obligations obligations, RiskProfiles risks, AuthorityDirectory directory, Borders borders, Gazetteer gazetteer,
			MessageSource messages, ApprovedAppeals appeals, Dispatches dispatches, Dates dates) {
		this.gazetteer = gazetteer;
		this.appeals = appeals;
		this.dispatches = dispatches;
		this.dates = dates;
		this.persons = persons;
		this.whereabouts = whereabouts;
		this.urgency = urgency;
		this.law = law;
		this.obligations = obligations;
		this.risks = risks;
		this.directory = directory;
		this.borders = borders;
		this.messages = messages;
	}

	@Override
	public Draft generate(DraftOrder order) {
		String language = LetterLanguage.of(order.language());
		if (order.includeIdentities() && (!order.standing().mayReadIdentities() || order.standing().purged())) {
			throw Refusal.onField(DraftingRule.NAMES_NOT_REVEALED, "includeIdentities").toException();
		}
		List<Authority> addressees = authorities(order.addresseeIds(), "addresseeIds");
		List<Authority> copies = authorities(order.copyIds(), "copyIds");
		Optional<EarlierLetter> earlier = order.kind() == LetterKind.FOLLOW_UP_APPEAL ? Optional.of(earlierLetter(order)) : Optional.empty();
		Map<UUID, String> names = order.includeIdentities() ? persons.names(order.drafter(), order.standing()) : Map.of();
		DraftFacts facts = facts(order.standing(), language, addressees, copies, names);
		LetterWriter writer = new LetterWriter(messages, language, gazetteer);
		return earlier.map(letter -> writer.writeFollowUp(facts, order, letter)).orElseGet(() -> writer.write(facts, order));
	}

	/**
	 * The letter a follow-up cites: an appeal of the same case, approved and sent. An appeal the case does
	 * not hold is not found, as if it did not exist.
	 */
	private EarlierLetter earlierLetter(DraftOrder order) {
		if (order.followsUp() == null) {
			throw Refusal.onField(DraftingRule.FOLLOW_UP_OF_WHICH_APPEAL, "followsUp").toException();
		}
		UUID caseId = order.standing().caseId();
		if (appeals.statusOf(caseId, order.followsUp()).isEmpty()) {
			throw new NotFoundException("Appeal");
		}
		Optional<Instant> sent = dispatches.firstSentAt(caseId, order.followsUp());
		ApprovedAppeal earlier = appeals.find(caseId, order.followsUp()).filter(a -> sent.isPresent())
			.orElseThrow(() -> Refusal.onField(DraftingRule.EARLIER_APPEAL_NOT_SENT, "followsUp").toException());
		String reference = order.standing().visibleCase().reference() + " – " + earlier.reference();
		String addressee = earlier.addressee() == null ? "" : earlier.addressee().lines().findFirst().orElse("").strip();
		return new EarlierLetter(reference, addressee, earlier.subject(), day(sent.get()),
				dispatches.firstReplyAt(caseId, order.followsUp()).map(this::day));
	}

	private LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, dates.organisationZone());
	}

	/** What the letter about the case says, in the language given, by public labels only. */
	DraftFacts facts(CaseStanding standing, String language, List<Authority> addressees, List<Authority> copies) {
		return facts(standing, language, addressees, copies, Map.of());
	}

	private DraftFacts facts(CaseStanding standing, String language, List<Authority> addressees, List<Authority> copies,
			Map<UUID, String> names) {
		VisibleCase visibleCase = standing.visibleCase();
		List<PersonEntry> people = persons.persons(standing);
		CaseWhereabouts known = whereabouts.of(visibleCase.id());
		Locale locale = Locale.forLanguageTag(language);
		return new DraftFacts(visibleCase, people, names, known, urgency.explain(visibleCase.id(), locale),
				obligations.forFacts(law.facts(visibleCase, people, known.expectedTransfers()), locale),
				visibleCase.countryOfFearedReturn() == null ? Optional.empty() : risks.of(visibleCase.countryOfFearedReturn()),
				addressees, copies, kmToBorder(known, visibleCase.countryOfFearedReturn()));
	}

	private Map<String, Double> kmToBorder(CaseWhereabouts known, String feared) {
		Map<String, Double> km = new HashMap<>();
		if (feared == null || !borders.knows(feared)) {
			return km;
		}
		Stream.of(known.custody().stream().map(c -> c.place()), known.expectedTransfers().stream().map(TransferFact::to),
				known.sightings().stream().map(s -> s.place()))
			.flatMap(s -> s)
			.forEach((PlaceRef place) -> km.computeIfAbsent(place.label(), label -> {
				OptionalDouble distance = borders.distanceKm(place.lat(), place.lon(), feared);
				return distance.isPresent() ? distance.getAsDouble() : null;
			}));
		return km;
	}

	private List<Authority> authorities(List<UUID> ids, String field) {
		Map<UUID, Authority> byId = directory.findAll(ids);
		List<Authority> found = new ArrayList<>();
		for (UUID id : ids) {
			Authority entry = byId.get(id);
			if (entry == null) {
				throw Refusal.onField(DraftingRule.NOT_IN_DIRECTORY, field, id).toException();
			}
			found.add(entry);
		}
		return found;
	}

}
