package org.vigil.cases.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigil.platform.web.Countries;
import org.vigil.platform.web.Dates;

/**
 * The history as a reader reads it: each value in the words of the pages — "At risk" rather than
 * {@code AT_RISK}, "China" rather than {@code CN}, "Refugee group A" rather than a person's id, a
 * date as the reader writes dates — in the reader's language. Protected values stay unsaid.
 */
@Component
class HistoryLines {

	/** One entry as shown: the entry itself, and its changes with their values put into words. */
	record Line(HistoryEntry entry, List<Change> changes) {
	}

	record Change(String field, String from, String to, boolean isProtected) {
	}

	/** Fields whose values are codes with a label each: the prefix of the label's key. */
	private static final Map<String, String> LABELLED = Map.of("status", "status.", "priority", "priority.", "outcome", "outcome.",
			"kind", "kind.", "role", "personRole.", "reliability", "reliability.", "categories", "personCategory.",
			"risks", "risk.");

	/** Fields holding several values, as {@link RecordFields#display} joins them. */
	private static final java.util.Set<String> SEVERAL = java.util.Set.of("categories", "personIds", "themes", "risks");

	private final MessageSource messages;

	private final Countries countries;

	private final Dates dates;

	HistoryLines(MessageSource messages, Countries countries, Dates dates) {
		this.messages = messages;
		this.countries = countries;
		this.dates = dates;
	}

	/** @param personLabels the public labels of the case's persons, by id, for the sources' "about whom" */
	List<Line> of(List<HistoryEntry> entries, Map<UUID, String> personLabels, Locale locale) {
		return entries.stream()
			.map(entry -> new Line(entry, entry.changes().stream().map(change -> words(change, personLabels, locale)).toList()))
			.toList();
	}

	private Change words(FieldChange change, Map<UUID, String> personLabels, Locale locale) {
		if (change.isProtected()) {
			return new Change(change.field(), null, null, true);
		}
		Function<String, String> word = value -> word(change.field(), value, personLabels, locale);
		return new Change(change.field(), values(change.field(), change.from(), word), values(change.field(), change.to(), word), false);
	}

	private static String values(String field, String value, Function<String, String> word) {
		if (value == null) {
			return null;
		}
		if (!SEVERAL.contains(field)) {
			return word.apply(value);
		}
		return String.join("; ", Arrays.stream(value.split("; ")).map(word).sorted().toList());
	}

	private String word(String field, String value, Map<UUID, String> personLabels, Locale locale) {
		if (LABELLED.containsKey(field)) {
			return messages.getMessage(LABELLED.get(field) + value, null, value, locale);
		}
		return switch (field) {
			case "countryOfCustody", "countryOfFearedReturn" -> countries.name(value, locale);
			case "confidential" -> messages.getMessage("history.value." + value, null, value, locale);
			case "personIds" -> personLabel(value, personLabels, locale);
			case "reportedOn" -> date(value);
			default -> value;
		};
	}

	private String personLabel(String id, Map<UUID, String> personLabels, Locale locale) {
		try {
			String label = personLabels.get(UUID.fromString(id));
			return label != null ? label : messages.getMessage("history.unknownPerson", null, locale);
		}
		catch (IllegalArgumentException notAnId) {
			return id;
		}
	}

	private String date(String value) {
		try {
			return dates.date(LocalDate.parse(value));
		}
		catch (DateTimeParseException notADate) {
			return value;
		}
	}

}
