package org.vigil.drafting.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.springframework.context.MessageSource;
import org.vigil.appeals.DraftSource.Ask;
import org.vigil.appeals.DraftSource.Draft;
import org.vigil.appeals.DraftSource.DraftOrder;
import org.vigil.cases.DatePrecision;
import org.vigil.cases.PersonEntry;
import org.vigil.directory.Authority;
import org.vigil.directory.FormOfAddress;
import org.vigil.geo.Gazetteer;
import org.vigil.law.InstrumentCode;
import org.vigil.law.Obligation;
import org.vigil.law.RiskProfile;
import org.vigil.law.RiskProfile.Claim;
import org.vigil.letters.LetterDocument.SectionKind;
import org.vigil.urgency.UrgencyLevel;
import org.vigil.whereabouts.CaseWhereabouts;
import org.vigil.whereabouts.Certainty;
import org.vigil.whereabouts.CustodyFact;
import org.vigil.whereabouts.FuzzyDate;
import org.vigil.whereabouts.PlaceRef;
import org.vigil.whereabouts.SightingFact;
import org.vigil.whereabouts.TransferFact;

/**
 * Writes the letter from a case's facts, in the letter's language (the sentences of the drafting
 * bundle; the headings, "Re:" and the closing formula are the letter template's). It writes what the
 * facts say and nothing more: public labels only (and the names, with a word that the letter
 * holds them, only when a cleared drafter asked for them), places with their distances as geodesics on the
 * WGS84 ellipsoid (written in the letter's script where the gazetteer holds the name: {@link LetterPlaces}), each risk and each obligation with its source, and no unverified source unless the
 * drafter confirmed it. A part with nothing to say is left out.
 */
final class LetterWriter {

	private static final String[] DIRECTIONS = { "N", "NE", "E", "SE", "S", "SW", "W", "NW" };

	/**
	 * More entries than this and the subject, the request and the asks speak of the people by their number;
	 * the part on the facts still gives every label, once. A letter about 800 people that named all of them
	 * in each of its sentences would be pages of labels before its request.
	 */
	static final int LABELS_IN_EVERY_SENTENCE = 10;

	/**
	 * How many of one person's past custody periods the letter tells one by one, the latest; the earlier
	 * ones are one sentence (how many, between which dates, where). A group followed for years has
	 * hundreds of periods, and what an authority must act on is where they are held now.
	 */
	static final int PAST_PERIODS_IN_FULL = 2;

	private final MessageSource messages;

	/** The letter's language, for its sentences and country names. */
	private final Locale locale;

	/** How the letter writes a day: "3 November 2026", "2026년 11월 3일", "2026年11月3日". */
	private final DateTimeFormatter day;

	/** A day of the year the letter already named: "23 November", "11월 23일", "11月23日". */
	private final DateTimeFormatter dayOfYear;

	/** A day of the month the letter already named: "23", "23일", "23日". */
	private final DateTimeFormatter dayOfMonth;

	private final LetterPlaces placeNames;

	LetterWriter(MessageSource messages, String language, Gazetteer gazetteer) {
		this.messages = messages;
		this.locale = switch (language) {
			case "ko" -> Locale.KOREAN;
			case "zh" -> Locale.CHINESE;
			default -> Locale.ENGLISH;
		};
		this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale == Locale.ENGLISH ? Locale.UK : locale);
		this.dayOfYear = DateTimeFormatter.ofPattern(switch (language) {
			case "ko" -> "M월 d일";
			case "zh" -> "M月d日";
			default -> "d MMMM";
		}, locale == Locale.ENGLISH ? Locale.UK : locale);
		this.dayOfMonth = DateTimeFormatter.ofPattern(switch (language) {
			case "ko" -> "d일";
			case "zh" -> "d日";
			default -> "d";
		}, locale);
		this.placeNames = new LetterPlaces(gazetteer, messages, locale);
	}

	Draft write(DraftFacts facts, DraftOrder order) {
		String people = people(facts.people());
		List<String> request = new ArrayList<>(List.of(request(facts, people)));
		return write(facts, order, subject(facts, people), request, facts(facts));
	}

	private String subject(DraftFacts facts, String people) {
		String custody = country(facts.visibleCase().countryOfCustody());
		String feared = facts.visibleCase().countryOfFearedReturn();
		return feared == null ? say("drafting.subjectNoReturn", people, custody)
				: say("drafting.subject", people, custody, country(feared));
	}

	/** @param known the paragraphs of the part on the facts */
	private Draft write(DraftFacts facts, DraftOrder order, String subject, List<String> request, List<String> known) {
		String people = people(facts.people());
		StringBuilder body = new StringBuilder();
		if (facts.namesPeople()) {
			request.add(say("drafting.holdsIdentities"));
		}
		part(body, SectionKind.REQUEST, request);
		part(body, SectionKind.FACTS, known);
		part(body, SectionKind.URGENCY, urgency(facts));
		part(body, SectionKind.RISKS, risks(facts, order.confirmed()));
		part(body, SectionKind.LEGAL_ARGUMENT, obligations(facts.obligations(), order.confirmed()));
		part(body, SectionKind.CLOSING, List.of(say("drafting.closing")));
		return new Draft(addresseeBlock(facts.addressees(), order.language()), copies(facts.copies(), order.language()),
				salutation(facts.addressees(), order.language()), subject, asks(facts, order.asks(), people), body.toString().strip());
	}

	/**
	 * A follow-up to an earlier letter: it cites that letter (its reference, the day it was sent, to whom),
	 * says whether it was answered and what Vigil learnt of the people's whereabouts since, then renews
	 * the appeal with the facts, urgency, risks and obligations as they stand now.
	 */
	Draft writeFollowUp(DraftFacts facts, DraftOrder order, EarlierLetter earlier) {
		String people = people(facts.people());
		String sent = day.format(earlier.sentOn());
		List<String> request = new ArrayList<>();
		request.add(say("drafting.followUp.earlier", sent, earlier.addressee(), earlier.reference(), earlier.subject()));
		request.add(earlier.repliedOn().map(replied -> say("drafting.followUp.replied", day.format(replied)))
			.orElseGet(() -> say("drafting.followUp.noReply")));
		request.add(say("drafting.followUp.renew", request(facts, people)));
		List<String> known = people(facts);
		known.addAll(whereabouts(facts, earlier.before(facts.whereabouts())));
		List<String> news = whereabouts(facts, earlier.since(facts.whereabouts()));
		known.add(news.isEmpty() ? say("drafting.followUp.nothingNew", sent) : say("drafting.followUp.since", sent));
		known.addAll(news);
		return write(facts, order, say("drafting.followUp.subject", sent, subject(facts, people)), request, known);
	}

	private static void part(StringBuilder body, SectionKind kind, List<String> paragraphs) {
		if (paragraphs.isEmpty()) {
			return;
		}
		if (kind != SectionKind.REQUEST) {
			body.append('[').append(kind.key()).append("]\n");
		}
		for (String paragraph : paragraphs) {
			body.append(paragraph).append("\n\n");
		}
	}

	private String request(DraftFacts facts, String people) {
		List<String> places = facts.whereabouts().currentCustody().stream().map(c -> placeNames.label(c.place())).distinct().toList();
		String where = places.isEmpty() ? say("drafting.request.placeUnknown") : and(places);
		String feared = facts.visibleCase().countryOfFearedReturn();
		return feared == null ? say("drafting.requestNoReturn", people, where) : say("drafting.request", people, where, country(feared));
	}

	private List<String> facts(DraftFacts facts) {
		List<String> paragraphs = people(facts);
		paragraphs.addAll(whereabouts(facts, facts.whereabouts()));
		return paragraphs;
	}

	/** Who the letter is about: how many, children among them, and their names when the letter names them. */
	private List<String> people(DraftFacts facts) {
		List<String> paragraphs = new ArrayList<>();
		if (!facts.people().isEmpty()) {
			// One group alone: its size is said once, as "… in all", not also beside its label.
			String labels = facts.people().size() == 1 ? facts.people().get(0).publicLabel() : labels(facts.people());
			String who = say(facts.namesPeople() ? "drafting.facts.peopleNamed" : "drafting.facts.people", labels,
					facts.numberOfPersons());
			paragraphs.add(facts.hasChildren() ? who + sentenceGap() + say("drafting.facts.children") : who);
			if (facts.namesPeople()) {
				paragraphs.add(say("drafting.facts.names", and(facts.people().stream().filter(p -> facts.names().containsKey(p.id()))
					.map(p -> say("drafting.facts.nameOf", p.publicLabel(), facts.names().get(p.id()))).toList())));
			}
		}
		return paragraphs;
	}

	/** A sentence or two for each custody period, expected transfer and sighting of {@code known}, in that order. */
	private List<String> whereabouts(DraftFacts facts, CaseWhereabouts known) {
		List<String> paragraphs = new ArrayList<>();
		String feared = facts.visibleCase().countryOfFearedReturn();
		Set<CustodyFact> summedUp = Collections.newSetFromMap(new IdentityHashMap<>());
		for (List<CustodyFact> earlier : earlierPeriods(known.custody())) {
			summedUp.addAll(earlier);
			CustodyFact first = earlier.get(0);
			paragraphs.add(say("drafting.facts.heldEarlier", first.personLabel(), earlier.size(), date(first.from()),
					date(earlier.get(earlier.size() - 1).to()), and(earlier.stream().map(c -> placeNames.label(c.place())).distinct().toList())));
		}
		PlaceRef previous = null;
		for (CustodyFact custody : known.custody()) {
			if (summedUp.contains(custody)) {
				continue;
			}
			List<String> sentences = new ArrayList<>();
			String place = placeNames.label(custody.place());
			if (custody.current()) {
				sentences.add(custody.custodian() == null ? say("drafting.facts.heldSince", custody.personLabel(), place, since(custody.from()))
						: say("drafting.facts.heldSinceBy", custody.personLabel(), place, since(custody.from()), custody.custodian()));
			}
			else {
				// When the end may come before the start is known to be over ("last week" to "by the 30th"), the
				// period is said to lie within the span both leave open rather than "from a span to a span".
				FuzzyDate from = custody.from();
				FuzzyDate to = custody.to();
				boolean blurred = from != null && to != null && !from.isDay() && !to.earliest().isAfter(from.latest())
						&& !from.approximate() && !to.approximate() && from.precision() != DatePrecision.YEAR_ONLY
						&& to.precision() != DatePrecision.YEAR_ONLY;
				String start = blurred ? date(FuzzyDate.between(from.earliest(), to.latest())) : date(from);
				sentences.add(blurred
						? (custody.custodian() == null ? say("drafting.facts.heldWithin", custody.personLabel(), place, start)
								: say("drafting.facts.heldWithinBy", custody.personLabel(), place, start, custody.custodian()))
						: custody.custodian() == null
								? say("drafting.facts.heldFromTo", custody.personLabel(), place, start, date(to))
								: say("drafting.facts.heldFromToBy", custody.personLabel(), place, start, date(to), custody.custodian()));
			}
			if (custody.certainty() != Certainty.CONFIRMED) {
				sentences.add(say("drafting.facts.unconfirmed"));
			}
			distance(custody.place(), previous).ifPresent(sentences::add);
			border(facts, custody.place(), feared).ifPresent(sentences::add);
			paragraphs.add(String.join(sentenceGap(), sentences));
			previous = custody.place();
		}
		for (TransferFact transfer : known.expectedTransfers()) {
			List<String> sentences = new ArrayList<>();
			String to = placeNames.label(transfer.to());
			if (transfer.receivingState() != null) {
				sentences.add(say("drafting.facts.handover", transfer.personLabel(), to, country(transfer.receivingState())));
			}
			else if (transfer.certainty() == Certainty.IMMINENT) {
				sentences.add(say("drafting.facts.transferImminent", transfer.personLabel(), to));
			}
			else {
				sentences.add(say("drafting.facts.transfer", transfer.personLabel(), to, date(transfer.expected())));
			}
			distance(transfer.to(), transfer.from()).ifPresent(sentences::add);
			border(facts, transfer.to(), feared).ifPresent(sentences::add);
			paragraphs.add(String.join(sentenceGap(), sentences));
		}
		for (SightingFact sighting : known.sightings()) {
			paragraphs.add(say("drafting.facts.seen", sighting.personLabel(), placeNames.label(sighting.place()), date(sighting.seen())));
		}
		return paragraphs;
	}

	/**
	 * For each person with at least two past custody periods before the {@link #PAST_PERIODS_IN_FULL} latest,
	 * those earlier periods, the earliest first; the persons in the order of their first period.
	 */
	private static List<List<CustodyFact>> earlierPeriods(List<CustodyFact> custody) {
		Map<Object, List<CustodyFact>> pastByPerson = new LinkedHashMap<>();
		for (CustodyFact period : custody) {
			if (!period.current()) {
				Object person = period.personId() != null ? period.personId() : period.personLabel();
				pastByPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(period);
			}
		}
		// At least two to sum up: one period is told as it is.
		return pastByPerson.values().stream().filter(past -> past.size() > PAST_PERIODS_IN_FULL + 1)
			.map(past -> past.subList(0, past.size() - PAST_PERIODS_IN_FULL)).toList();
	}

	/** "Helong lies 46 km southwest of Yanji." — when the two places differ. */
	private Optional<String> distance(PlaceRef place, PlaceRef from) {
		if (from == null || place.label().equals(from.label())) {
			return Optional.empty();
		}
		GeodesicData line = Geodesic.WGS84.Inverse(from.lat(), from.lon(), place.lat(), place.lon(),
				GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
		long km = Math.round(line.s12 / 1000);
		if (km < 1) {
			return Optional.empty();
		}
		return Optional.of(say("drafting.facts.distance", placeNames.name(place), km, say("drafting.direction." + direction(line.azi1)),
				placeNames.name(from)));
	}

	static String direction(double azimuth) {
		int sector = (int) Math.floorMod(Math.round((azimuth + 360) / 45.0), 8L);
		return DIRECTIONS[sector];
	}

	private Optional<String> border(DraftFacts facts, PlaceRef place, String feared) {
		Double km = facts.kmToBorder().get(place.label());
		if (feared == null || km == null) {
			return Optional.empty();
		}
		return Optional.of(say("drafting.facts.border", placeNames.name(place), Math.round(km), country(feared)));
	}

	private List<String> urgency(DraftFacts facts) {
		return facts.urgency().filter(u -> u.level() == UrgencyLevel.IMMINENT || u.level() == UrgencyLevel.HIGH)
			.map(u -> Stream.concat(Stream.of(say("drafting.urgency." + u.level().name())),
					u.reasons().stream().map(reason -> inLettersScript(reason, facts.whereabouts()))).toList())
			.orElse(List.of());
	}

	/**
	 * Urgency's reasons name the timeline's places in Latin ("Helong (Jilin)") in every language: a Chinese or
	 * Korean letter writes them as its own sentences do. Only the case's own places are replaced, each whole.
	 */
	private String inLettersScript(String reason, CaseWhereabouts known) {
		if (locale == Locale.ENGLISH) {
			return reason;
		}
		Map<String, String> written = new LinkedHashMap<>();
		Stream.of(known.custody().stream().map(CustodyFact::place), known.expectedTransfers().stream().map(TransferFact::to),
				known.sightings().stream().map(SightingFact::place)).flatMap(s -> s).forEach(place -> {
					if (place.admin1() != null && !place.admin1().isBlank() && !place.admin1().equals(place.name())) {
						written.putIfAbsent(place.name() + " (" + place.admin1() + ")", placeNames.label(place));
					}
					written.putIfAbsent(place.name(), placeNames.name(place));
				});
		String text = reason;
		for (Map.Entry<String, String> name : written.entrySet().stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed()).toList()) {
			text = text.replaceAll("(?<!\\p{IsLatin})" + Pattern.quote(name.getKey()) + "(?!\\p{IsLatin})", Matcher.quoteReplacement(name.getValue()));
		}
		return text;
	}

	private List<String> risks(DraftFacts facts, Set<String> confirmed) {
		Optional<RiskProfile> profile = facts.risks();
		if (profile.isEmpty()) {
			return List.of();
		}
		List<String> paragraphs = new ArrayList<>();
		for (Claim claim : profile.get().claims(Claim.Group.FACES)) {
			if (claim.citation() == null || !(claim.verified() || confirmed.contains(claim.citation()))) {
				continue;
			}
			paragraphs.add(say("drafting.citation", claim.text(), claim.citation()));
		}
		if (paragraphs.isEmpty()) {
			return List.of();
		}
		paragraphs.add(0, say("drafting.risks.intro", country(profile.get().country())));
		return paragraphs;
	}

	private List<String> obligations(List<Obligation> obligations, Set<String> confirmed) {
		List<String> paragraphs = new ArrayList<>();
		for (Obligation obligation : obligations) {
			if (!(obligation.verified() || confirmed.contains(obligation.instrument()))) {
				continue;
			}
			List<String> cited = citations(obligation);
			paragraphs.add(cited.isEmpty() ? obligation.basis() : say("drafting.citation", obligation.basis(), String.join("; ", cited)));
		}
		return paragraphs;
	}

	/**
	 * What a letter cites for an obligation beyond what its sentence already says: the commentaries and
	 * findings it rests on. The depositary's row and the reservations are left out — the sentence states
	 * the status, and a reservation that mattered would be in the sentence.
	 */
	private List<String> citations(Obligation obligation) {
		boolean treaty = InstrumentCode.parse(obligation.instrument()).isPresent();
		String reservations = messages.getMessage("law.source.reservations", new Object[] { "\u0000" }, "\u0000", locale);
		String reservationsPrefix = reservations.substring(0, Math.max(0, reservations.indexOf('\u0000')));
		Set<String> cited = new LinkedHashSet<>();
		if (!treaty && !Obligation.CUSTOMARY.equals(obligation.instrument())) {
			cited.add(obligation.article() == null ? obligation.instrument() : obligation.instrument() + ", " + obligation.article());
		}
		obligation.sources().stream().skip(treaty ? 1 : 0).filter(Objects::nonNull)
			.filter(source -> reservationsPrefix.isEmpty() || !source.startsWith(reservationsPrefix))
			.forEach(cited::add);
		// A finding cited with its date is the same finding as the one cited without: keep the longer.
		List<String> all = List.copyOf(cited);
		return all.stream().filter(source -> all.stream().noneMatch(other -> other.length() > source.length() && other.startsWith(source)))
			.filter(source -> !obligation.basis().contains(source)).toList();
	}

	private List<String> asks(DraftFacts facts, List<Ask> chosen, String people) {
		List<Ask> asks = chosen.isEmpty() ? defaultAsks(facts) : chosen;
		String feared = facts.visibleCase().countryOfFearedReturn();
		List<String> lines = new ArrayList<>();
		for (Ask ask : asks) {
			if (ask == Ask.DO_NOT_RETURN && feared == null) {
				continue;
			}
			lines.add(say("drafting.ask." + ask.name(), people, feared == null ? "" : country(feared)));
		}
		return lines;
	}

	static List<Ask> defaultAsks(DraftFacts facts) {
		return Stream.of(Ask.values()).filter(ask -> ask != Ask.RELEASE_THE_CHILDREN || facts.hasChildren())
			.filter(ask -> ask != Ask.DO_NOT_RETURN || facts.visibleCase().countryOfFearedReturn() != null).toList();
	}

	private static List<String> addresseeBlock(List<Authority> addressees, String language) {
		return addressees.stream().flatMap(a -> a.addresseeBlock(language).stream()).toList();
	}

	private static List<String> copies(List<Authority> copies, String language) {
		return copies.stream().map(copy -> {
			List<String> parts = new ArrayList<>();
			copy.formOfAddress(language).map(FormOfAddress::addressLine).or(() -> Optional.ofNullable(copy.name())).ifPresent(parts::add);
			parts.add(copy.title());
			return String.join(", ", parts);
		}).toList();
	}

	private static String salutation(List<Authority> addressees, String language) {
		return addressees.isEmpty() ? "" : addressees.get(0).formOfAddress(language).map(FormOfAddress::salutation).orElse("");
	}

	/** The people as the subject, the request and the asks name them: by label, or by their number when there are many. */
	private String people(List<PersonEntry> people) {
		if (people.size() > LABELS_IN_EVERY_SENTENCE) {
			return say("drafting.people.many", people.stream().mapToInt(PersonEntry::numberOfPersons).sum());
		}
		return labels(people);
	}

	private String labels(List<PersonEntry> people) {
		List<String> labels = people.stream().map(p -> p.numberOfPersons() > 1 ? say("drafting.people.group", p.publicLabel(),
				p.numberOfPersons()) : p.publicLabel()).toList();
		return labels.isEmpty() ? say("drafting.ask.them") : and(labels);
	}

	private String and(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return say("drafting.people.and", String.join(", ", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
	}

	/** What goes between two sentences of a paragraph: a space, and nothing in Chinese, whose full stop is followed by none. */
	private String sentenceGap() {
		return locale == Locale.CHINESE ? "" : " ";
	}

	/** A date as well as it is known, as the letter's language writes it. */
	String date(FuzzyDate date) {
		if (date == null) {
			return "";
		}
		String written;
		if (date.precision() == DatePrecision.YEAR_ONLY) {
			written = Integer.toString(date.earliest().getYear());
		}
		else if (date.earliest().equals(date.latest())) {
			written = day.format(date.earliest());
		}
		else if (locale == Locale.ENGLISH && date.earliest().getYear() == date.latest().getYear()
				&& date.earliest().getMonth() == date.latest().getMonth()) {
			written = date.earliest().getDayOfMonth() + "–" + day.format(date.latest()); // 23–29 November 2026
		}
		else if (date.earliest().getYear() == date.latest().getYear()) {
			// The year once: "23 November – 2 December 2026", "2026년 11월 23일 – 12월 2일".
			written = locale == Locale.ENGLISH ? dayOfYear.format(date.earliest()) + " – " + day.format(date.latest())
					: day.format(date.earliest()) + " – " + dayOfYear.format(date.latest());
		}
		else {
			written = day.format(date.earliest()) + " – " + day.format(date.latest());
		}
		return date.approximate() ? say("drafting.date.about", written) : written;
	}

	/**
	 * A date as the start of a custody that goes on, after "since": a span, as "some time between 23 November and
	 * 2 December 2026" (each language naming the year and the month once) rather than "since 23 November 2026 –
	 * 2 December 2026"; a day, a year or "about" a day as {@link #date} writes them.
	 */
	String since(FuzzyDate date) {
		if (date == null || date.earliest().equals(date.latest()) || date.approximate() || date.precision() == DatePrecision.YEAR_ONLY) {
			return date(date);
		}
		LocalDate first = date.earliest();
		LocalDate last = date.latest();
		DateTimeFormatter shorter = first.getYear() != last.getYear() ? day : first.getMonth() == last.getMonth() ? dayOfMonth : dayOfYear;
		// English names the year last, Korean and Chinese first: the other end carries it.
		return locale == Locale.ENGLISH ? say("drafting.date.sometimeBetween", shorter.format(first), day.format(last))
				: say("drafting.date.sometimeBetween", day.format(first), shorter.format(last));
	}

	String country(String code) {
		String name = code == null ? "" : new Locale("", code).getDisplayCountry(locale);
		return name.isBlank() ? Objects.toString(code, "") : name;
	}

	private String say(String key, Object... arguments) {
		Object[] written = Stream.of(arguments).map(a -> a instanceof Number n ? n.toString() : a).toArray();
		return messages.getMessage(key, written, locale);
	}

}
