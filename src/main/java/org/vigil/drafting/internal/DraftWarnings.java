package org.vigil.drafting.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigil.appeals.DraftChecks;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.ProtectedNames;
import org.vigil.cases.VisibleCase;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Place;
import org.vigil.geo.PlaceKind;
import org.vigil.law.Instrument;
import org.vigil.law.Instruments;
import org.vigil.law.Participation;
import org.vigil.law.ParticipationStatus;
import org.vigil.law.StateParticipation;
import org.vigil.whereabouts.CaseWhereabouts;
import org.vigil.whereabouts.PlaceRef;
import org.vigil.whereabouts.WhereaboutsFacts;

/**
 * The checks of an edited draft against the case's facts: the citations the generated text had, the
 * places of the timeline, the law data's treaty statuses, and the protected names of the case. Each
 * check reads only what the edit could have got wrong: citations that were generated, words the
 * generated text did not have. The protected names are looked for in the whole text, as Vigil never
 * writes one.
 */
@Component
class DraftWarnings implements DraftChecks {

	/** A UN document symbol such as CAT/C/CHN/CO/5 or A/HRC/25/63: capitals, then at least two parts after slashes. */
	static final Pattern SYMBOL = Pattern.compile("\\b[A-Z]{1,8}(?:/[A-Za-z0-9.()]+){2,}");

	/** A word that may be a place's name: a capitalised Latin word, or a run of Chinese or Korean characters. */
	private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{Ll}'’-]{2,}\\b|[\\p{IsHan}\\p{IsHangul}]{2,}");

	private final CaseDirectory cases;

	private final WhereaboutsFacts whereabouts;

	private final Gazetteer gazetteer;

	private final StateParticipation participation;

	private final Instruments instruments;

	private final ProtectedNames protectedNames;

	private final MessageSource messages;

	DraftWarnings(CaseDirectory cases, WhereaboutsFacts whereabouts, Gazetteer gazetteer, StateParticipation participation,
			Instruments instruments, ProtectedNames protectedNames, MessageSource messages) {
		this.cases = cases;
		this.whereabouts = whereabouts;
		this.gazetteer = gazetteer;
		this.participation = participation;
		this.instruments = instruments;
		this.protectedNames = protectedNames;
		this.messages = messages;
	}

	@Override
	public List<Warning> check(UUID caseId, String generated, String edited, Locale locale) {
		String was = generated == null ? "" : generated;
		String now = edited == null ? "" : edited;
		List<Warning> warnings = new ArrayList<>();
		for (String citation : removedCitations(was, now)) {
			warnings.add(new Warning(Kind.CITATION_REMOVED, citation, say(locale, Kind.CITATION_REMOVED, citation)));
		}
		for (String place : unknownPlaces(caseId, was, now)) {
			warnings.add(new Warning(Kind.UNKNOWN_PLACE, place, say(locale, Kind.UNKNOWN_PLACE, place)));
		}
		cases.describe(caseId).ifPresent(visibleCase -> treatyStatuses(visibleCase, was, now, locale, warnings));
		// A letter a cleared drafter had Vigil write with the people's names is warned of only for a name the edit adds.
		int named = protectedNames.personsNamedIn(caseId, now) - (was.isEmpty() ? 0 : protectedNames.personsNamedIn(caseId, was));
		if (named > 0) {
			warnings.add(new Warning(Kind.PROTECTED_IDENTITY, null, say(locale, Kind.PROTECTED_IDENTITY, named)));
		}
		return warnings;
	}

	/** The symbols the generated text cited that the edited one no longer does. */
	static Set<String> removedCitations(String generated, String edited) {
		Set<String> removed = symbols(generated);
		removed.removeAll(symbols(edited));
		return removed;
	}

	static Set<String> symbols(String text) {
		Set<String> found = new LinkedHashSet<>();
		Matcher symbol = SYMBOL.matcher(text);
		while (symbol.find()) {
			found.add(symbol.group().replaceAll("[.,;:)]+$", ""));
		}
		return found;
	}

	/** Names the edit added that the gazetteer knows as exactly that place, and the timeline does not hold. */
	private List<String> unknownPlaces(UUID caseId, String generated, String edited) {
		Set<String> known = new HashSet<>();
		CaseWhereabouts timeline = whereabouts.of(caseId);
		Stream.of(timeline.custody().stream().map(c -> c.place()),
				timeline.expectedTransfers().stream().flatMap(t -> Stream.of(t.from(), t.to())),
				timeline.sightings().stream().map(s -> s.place()))
			.flatMap(s -> s)
			.filter(Objects::nonNull)
			.forEach((PlaceRef place) -> {
				known.add(fold(place.name()));
				if (place.admin1() != null) {
					known.add(fold(place.admin1()));
				}
			});
		Set<String> countries = new HashSet<>();
		for (String code : Locale.getISOCountries()) {
			for (Locale language : List.of(Locale.ENGLISH, Locale.KOREAN, Locale.CHINESE)) {
				countries.add(fold(new Locale("", code).getDisplayCountry(language)));
			}
		}
		List<String> unknown = new ArrayList<>();
		for (String name : addedNames(generated, edited)) {
			String folded = fold(name);
			if (known.contains(folded) || countries.contains(folded) || unknown.contains(name)) {
				continue;
			}
			boolean isPlace = gazetteer.resolve(name).best().map(candidate -> candidate.place())
				.filter(place -> place.kind() != PlaceKind.OTHER && namedAs(place, name)).isPresent();
			if (isPlace) {
				unknown.add(name);
			}
		}
		return unknown;
	}

	private static boolean namedAs(Place place, String name) {
		return fold(place.name()).equals(fold(name));
	}

	/** The words that may be names and are in the edited text but not in the generated one. */
	static Set<String> addedNames(String generated, String edited) {
		Set<String> before = names(generated);
		Set<String> added = names(edited);
		added.removeAll(before);
		return added;
	}

	private static Set<String> names(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher name = NAME.matcher(text);
		while (name.find()) {
			names.add(name.group());
		}
		return names;
	}

	/**
	 * Sentences the edit added that say where a state of the case stands towards a treaty — party, signed,
	 * not party — and say it wrongly by the law data.
	 */
	private void treatyStatuses(VisibleCase visibleCase, String generated, String edited, Locale locale, List<Warning> warnings) {
		Set<String> before = new HashSet<>(sentences(generated));
		List<String> states = Stream.of(visibleCase.countryOfCustody(), visibleCase.countryOfFearedReturn())
			.filter(Objects::nonNull).toList();
		for (String sentence : sentences(edited)) {
			if (before.contains(sentence)) {
				continue;
			}
			for (String state : states) {
				String stateName = new Locale("", state).getDisplayCountry(Locale.ENGLISH);
				if (!sentence.contains(stateName)) {
					continue;
				}
				for (Instrument instrument : instruments.all()) {
					if (!mentions(sentence, instrument)) {
						continue;
					}
					ParticipationStatus claimed = claimedStatus(sentence);
					Participation held = participation.of(state, instrument.code());
					if (claimed != null && held.verified() && claimed != held.status()) {
						String truth = messages.getMessage("drafting.status." + held.status().name(), new Object[] { stateName,
								instrument.shortName(), held.date() == null ? "" : Integer.toString(held.date().getYear()) }, locale);
						warnings.add(new Warning(Kind.TREATY_STATUS, instrument.shortName(),
								say(locale, Kind.TREATY_STATUS, instrument.shortName(), truth)));
					}
				}
			}
		}
	}

	private static boolean mentions(String sentence, Instrument instrument) {
		return sentence.contains(instrument.officialName()) || sentence.contains(instrument.shortName());
	}

	/** What an English sentence says of a state's standing: not party, signed only, or party; {@code null} when it says none. */
	static ParticipationStatus claimedStatus(String sentence) {
		String s = sentence.toLowerCase(Locale.ROOT);
		if (s.matches(".*\\b(not (a )?party|has not ratified|never ratified|not ratified|has not acceded|not bound)\\b.*")) {
			return s.contains("signed") && !s.contains("not signed") ? ParticipationStatus.SIGNATORY : ParticipationStatus.NONE;
		}
		if (s.matches(".*\\b(is (a )?party|ratified|acceded|is bound)\\b.*")) {
			return ParticipationStatus.PARTY;
		}
		if (s.matches(".*\\bhas signed\\b.*")) {
			return ParticipationStatus.SIGNATORY;
		}
		return null;
	}

	static List<String> sentences(String text) {
		return Arrays.stream(text.split("(?<=[.!?。])\\s+|\\R+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String fold(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	private String say(Locale locale, Kind kind, Object... arguments) {
		return messages.getMessage("drafting.warning." + kind.name(), arguments, locale);
	}

}
