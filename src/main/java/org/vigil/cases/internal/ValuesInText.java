package org.vigil.cases.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.cases.DatePrecision;
import org.vigil.cases.ProtectedValues;
import org.vigil.cases.WrittenValues;
import org.vigil.vault.BlindIndex;
import org.vigil.vault.KeyDestroyedException;

/**
 * Opens the case's protected values one by one and looks for each in the text: names and aliases
 * both as written and through their blind-index tokens (so that "CHOL-SU KIM" is found for "Kim
 * Chol-su"), dates in the forms letters in English, Korean and Chinese write them, the rest as
 * written, ignoring case, spacing and diacritics. Nothing opened leaves this class.
 */
@Component
class ValuesInText implements ProtectedValues {

	private static final List<DateTimeFormatter> DAYS = Stream.of("yyyy-MM-dd", "d MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy",
			"d MMM yyyy", "MMM d, yyyy", "dd/MM/yyyy", "MM/dd/yyyy", "d/M/yyyy", "dd.MM.yyyy", "yyyy/MM/dd", "yyyy.MM.dd",
			"yyyy年M月d日", "yyyy년 M월 d일").map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH)).toList();

	/** A year alone is an ordinary number: only as a birth year does it give a person away. */
	private static final List<String> YEARS = List.of("born in %d", "born %d", "born around %d", "b. %d", "%d년생", "%d년 출생", "%d年生",
			"%d年出生");

	private final PersonRepository persons;

	private final SourceRepository sources;

	private final ProtectedFields fields;

	private final BlindIndex index;

	ValuesInText(PersonRepository persons, SourceRepository sources, ProtectedFields fields, BlindIndex index) {
		this.persons = persons;
		this.sources = sources;
		this.fields = fields;
		this.index = index;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Match> foundIn(UUID caseId, String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String plain = WrittenValues.plain(text);
		Set<String> tokens = new HashSet<>();
		NamesInText.candidates(text).forEach(candidate -> tokens.addAll(index.of(candidate)));
		Set<Match> found = new LinkedHashSet<>();
		int ordinal = 0;
		for (Person person : persons.findByCaseIdOrderByCreatedAtAsc(caseId)) {
			ordinal++;
			Identity identity;
			try {
				identity = fields.open(caseId, person.id(), person.identity());
			}
			catch (KeyDestroyedException purged) {
				continue;
			}
			for (String name : parts(identity.name(), identity.namesInOtherScripts())) {
				name(found, plain, tokens, name, Field.PERSON_NAME, ordinal);
			}
			for (String alias : parts(identity.aliases())) {
				name(found, plain, tokens, alias, Field.ALIAS, ordinal);
			}
			if (identity.birthDate() != null && dateIn(plain, identity.birthDate(), identity.birthDatePrecision())) {
				found.add(new Match(Field.BIRTH_DATE, ordinal, null));
			}
			if (WrittenValues.in(plain, identity.preciseLocation())) {
				found.add(new Match(Field.PRECISE_LOCATION, ordinal, null));
			}
		}
		ordinal = 0;
		for (Source source : sources.ofCase(caseId)) {
			ordinal++;
			SourceDetails stored = source.storedDetails();
			try {
				if (WrittenValues.in(plain, fields.openSourceField(caseId, source.id(), "name", stored.name()))) {
					found.add(new Match(Field.SOURCE_NAME, ordinal, null));
				}
				String contact = fields.openSourceField(caseId, source.id(), "contactDetails", stored.contactDetails());
				if (parts(contact).stream().anyMatch(part -> WrittenValues.in(plain, part) || sameNumber(text, part))) {
					found.add(new Match(Field.SOURCE_CONTACT, ordinal, null));
				}
			}
			catch (KeyDestroyedException purged) {
				return List.of();
			}
		}
		return List.copyOf(found);
	}

	private void name(Set<Match> found, String plain, Set<String> tokens, String name, Field field, int ordinal) {
		Script script = scriptOf(name);
		if (WrittenValues.in(plain, name)) {
			found.add(new Match(field, ordinal, script));
		}
		else if (index.of(name).stream().anyMatch(tokens::contains)) {
			found.add(new Match(field == Field.PERSON_NAME ? Field.PERSON_NAME_VARIANT : field, ordinal, script));
		}
	}

	private static boolean dateIn(String plain, LocalDate date, DatePrecision precision) {
		DatePrecision p = precision == null ? DatePrecision.EXACT : precision;
		List<String> forms = new ArrayList<>();
		if (p == DatePrecision.EXACT) {
			DAYS.forEach(f -> forms.add(f.format(date)));
		}
		else {
			YEARS.forEach(f -> forms.add(f.formatted(date.getYear())));
		}
		return forms.stream().anyMatch(form -> WrittenValues.in(plain, form));
	}

	/** A number written as a phone or fax number: digits, with spaces, dots, dashes or brackets between them. */
	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\+?\\d[\\d\\s().-]{5,}\\d");

	/**
	 * A phone or fax number written another way: the same seven or more digits, with other separators, with or without
	 * its country code.
	 */
	private static boolean sameNumber(String text, String part) {
		String digits = part.replaceAll("\\D", "");
		if (digits.length() < 7) {
			return false;
		}
		return NUMBER.matcher(text).results().map(m -> m.group().replaceAll("\\D", ""))
			.anyMatch(run -> run.length() >= 7 && (digits.endsWith(run) || run.endsWith(digits)));
	}

	private static List<String> parts(String... values) {
		return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).flatMap(v -> Arrays.stream(v.split("[;,\\n]")))
			.map(String::strip).filter(v -> !v.isEmpty()).toList();
	}

	static Script scriptOf(String name) {
		for (int c : name.codePoints().toArray()) {
			Character.UnicodeScript script = Character.UnicodeScript.of(c);
			switch (script) {
				case LATIN: return Script.LATIN;
				case HANGUL: return Script.HANGUL;
				case HAN: return Script.HAN;
				case COMMON, INHERITED: continue;
				default: return Script.OTHER;
			}
		}
		return Script.OTHER;
	}

}
