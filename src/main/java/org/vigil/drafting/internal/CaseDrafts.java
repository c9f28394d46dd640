package org.vigil.drafting.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.vigil.appeals.DraftSource;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.PersonCategory;
import org.vigil.cases.PersonDirectory;
import org.vigil.cases.PersonEntry;
import org.vigil.cases.VisibleCase;
import org.vigil.directory.Authority;
import org.vigil.directory.AuthorityDirectory;
import org.vigil.geo.Borders;
import org.vigil.law.CaseLegalFacts;
import org.vigil.law.Obligations;
import org.vigil.law.RiskProfiles;
import org.vigil.platform.Refusal;
import org.vigil.urgency.UrgencyExplanations;
import org.vigil.whereabouts.CaseWhereabouts;
import org.vigil.whereabouts.PlaceRef;
import org.vigil.whereabouts.TransferFact;
import org.vigil.whereabouts.WhereaboutsFacts;

/**
 * Writes a case's appeal: gathers what each module knows of the case (never an identity) and hands it
 * to the {@link LetterWriter}. An addressee or copy that is not in the directory is refused, naming
 * the field.
 */
@Service
class CaseDrafts implements DraftSource {

	private final PersonDirectory persons;

	private final WhereaboutsFacts whereabouts;

	private final UrgencyExplanations urgency;

	private final Obligations obligations;

	private final RiskProfiles risks;

	private final AuthorityDirectory directory;

	private final Borders borders;

	private final MessageSource messages;

	CaseDrafts(PersonDirectory persons, WhereaboutsFacts whereabouts, UrgencyExplanations urgency, Obligations obligations,
			RiskProfiles risks, AuthorityDirectory directory, Borders borders, MessageSource messages) {
		this.persons = persons;
		this.whereabouts = whereabouts;
		this.urgency = urgency;
		this.obligations = obligations;
		this.risks = risks;
		this.directory = directory;
		this.borders = borders;
		this.messages = messages;
	}

	@Override
	public Draft generate(DraftOrder order) {
		String language = LetterLanguage.of(order.language());
		DraftFacts facts = facts(order.standing(), language, authorities(order.addresseeIds(), "addresseeIds"),
				authorities(order.copyIds(), "copyIds"));
		return new LetterWriter(messages, language).write(facts, order);
	}

	/** What the letter about the case says, in the language given. */
	DraftFacts facts(CaseStanding standing, String language, List<Authority> addressees, List<Authority> copies) {
		VisibleCase visibleCase = standing.visibleCase();
		List<PersonEntry> people = persons.persons(standing);
		CaseWhereabouts known = whereabouts.of(visibleCase.id());
		Locale locale = Locale.forLanguageTag(language);
		return new DraftFacts(visibleCase, people, known, urgency.explain(visibleCase.id(), locale),
				obligations.forFacts(legalFacts(visibleCase, people, known), locale),
				visibleCase.countryOfFearedReturn() == null ? Optional.empty() : risks.of(visibleCase.countryOfFearedReturn()),
				addressees, copies, kmToBorder(known, visibleCase.countryOfFearedReturn()));
	}

	/** As the law module reads a case: its two states, the states of the handovers expected on the way, who the people are. */
	static CaseLegalFacts legalFacts(VisibleCase visibleCase, List<PersonEntry> people, CaseWhereabouts known) {
		Set<CaseLegalFacts.Category> categories = EnumSet.noneOf(CaseLegalFacts.Category.class);
		for (PersonEntry person : people) {
			for (PersonCategory category : person.categories()) {
				categories.add(CaseLegalFacts.Category.valueOf(category.name()));
			}
		}
		List<String> handovers = known.expectedTransfers().stream().map(TransferFact::receivingState)
			.filter(state -> state != null && !state.isBlank()).distinct().limit(CaseLegalFacts.MAX_HANDOVERS).toList();
		return new CaseLegalFacts(visibleCase.countryOfCustody(), visibleCase.countryOfFearedReturn(), handovers, categories, Set.of());
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
		List<Authority> found = new ArrayList<>();
		for (UUID id : ids) {
			found.add(directory.find(id).orElseThrow(() -> Refusal.onField(DraftingRule.NOT_IN_DIRECTORY, field, id).toException()));
		}
		return found;
	}

}
