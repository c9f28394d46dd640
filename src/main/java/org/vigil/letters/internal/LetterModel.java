package org.vigil.letters.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.vigil.letters.AddressLabel;
import org.vigil.letters.CoverLetter;
import org.vigil.letters.FaxCover;
import org.vigil.letters.LetterDocument;
import org.vigil.letters.LetterDocument.Image;

/**
 * What a template sees: the letter as maps, lists and strings (never a Java object whose methods an
 * expression could reach). Empty lists and blank texts are absent, so that {@code th:if="${letter.copies}"}
 * reads as "if there are copies".
 */
final class LetterModel {

	/** The languages whose fixed phrases Vigil ships; any other is written with the English ones. */
	static final List<String> LANGUAGES = List.of("en", "ko", "zh");

	private LetterModel() {
	}

	static String languageOf(String language) {
		return LANGUAGES.contains(language) ? language : "en";
	}

	/** The date as a letter in that language writes it: "1 December 2026", "2026년 12월 1일", "2026年12月1日". */
	static String date(LocalDate date, String language) {
		Locale locale = switch (languageOf(language)) {
			case "ko" -> Locale.KOREAN;
			case "zh" -> Locale.CHINESE;
			default -> Locale.UK;
		};
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	static Map<String, Object> of(LetterDocument letter) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("kind", letter.kind().name());
		model.put("language", letter.language());
		model.put("letterhead", letterhead(letter.letterhead()));
		model.put("partners", list(letter.partners(), partner -> map("name", text(partner.name()), "logo", image(partner.logo()))));
		model.put("date", date(letter.date(), letter.language()));
		model.put("reference", text(letter.reference()));
		model.put("addressee", list(letter.addressee(), LetterModel::text));
		model.put("copies", list(letter.copies(), LetterModel::text));
		model.put("salutation", text(letter.salutation()));
		model.put("subject", text(letter.subject()));
		model.put("sections", list(letter.sections(), section -> map("kind", section.kind().name(), "key", section.kind().key(),
				"paragraphs", list(section.paragraphs(), LetterModel::text), "items", list(section.items(), LetterModel::text),
				"citations", list(section.citations(), LetterModel::text))));
		model.put("signatories", list(letter.signatories(), signatory -> map("name", text(signatory.name()), "title",
				text(signatory.title()), "organisation", text(signatory.organisation()), "signature", image(signatory.signature()))));
		return Collections.unmodifiableMap(model);
	}

	static Map<String, Object> of(FaxCover cover) {
		return map("to", text(cover.to()), "faxNumber", text(cover.faxNumber()), "from", letterhead(cover.from()),
				"pages", Integer.toString(cover.pages()), "reference", text(cover.reference()),
				"date", date(cover.date(), cover.language()));
	}

	/** A cover letter, in the shape of a letter so that the shipped parts (letterhead, meta, addressee) render it. */
	static Map<String, Object> of(CoverLetter cover) {
		return map("language", cover.language(), "letterhead", letterhead(cover.from()), "partners", null,
				"date", date(cover.date(), cover.language()), "reference", text(cover.reference()),
				"addressee", list(cover.addressee(), LetterModel::text));
	}

	static Map<String, Object> of(AddressLabel label) {
		return map("lines", list(label.lines(), LetterModel::text));
	}

	private static Map<String, Object> letterhead(LetterDocument.Letterhead letterhead) {
		return map("name", text(letterhead.name()), "description", text(letterhead.description()), "address",
				list(letterhead.address(), LetterModel::text), "logo", image(letterhead.logo()));
	}

	private static String image(Image image) {
		return image == null ? null : image.dataUri();
	}

	private static String text(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private static <T> List<Object> list(List<T> values, Function<T, Object> each) {
		List<Object> list = values.stream().map(each).filter(java.util.Objects::nonNull).toList();
		return list.isEmpty() ? null : list;
	}

	private static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return Collections.unmodifiableMap(map);
	}

}
