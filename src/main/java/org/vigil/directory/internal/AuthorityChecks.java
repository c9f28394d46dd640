package org.vigil.directory.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.vigil.directory.ChannelKind;
import org.vigil.directory.FormOfAddress;
import org.vigil.platform.Refusal;
import org.vigil.platform.validation.CountryCode;

/**
 * The ranges of an entry, the same whether it comes from a page, the API or an imported file.
 * Field names: {@code title}, {@code languages}, {@code forms.zh.salutation},
 * {@code channels.FAX.value}, {@code channels.FAX.asOf} and so on; each entry point maps them to its
 * own (form fields, JSON properties, CSV columns).
 */
final class AuthorityChecks {

	static final int MAX_NAME = 200;

	static final int MAX_TITLE = 300;

	static final int MAX_BODY = 300;

	static final int MAX_LINE = 300;

	static final int MAX_SOURCE = 500;

	static final int MAX_POSTAL = 1000;

	static final int MAX_POSTAL_LINES = 12;

	static final int MAX_EMAIL = 254;

	static final int MAX_URL = 1000;

	static final int MAX_LANGUAGES = 10;

	static final int MAX_FORMS = 10;

	/** One channel of each kind. */
	static final int MAX_CHANNELS = 4;

	static final LocalDate EARLIEST = LocalDate.of(1945, 1, 1);

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final Pattern FAX = Pattern.compile("\\+[1-9][0-9 ()./-]{6,30}");

	private AuthorityChecks() {
	}

	/** The first thing wrong with the draft, or nothing; {@code today} bounds the as-of dates. */
	static Optional<Refusal> check(AuthorityDraft d, LocalDate today) {
		return country("country", d.country(), true)
			.or(() -> d.kind() == null ? Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_REQUIRED, "kind")) : Optional.empty())
			.or(() -> text("name", d.name(), MAX_NAME, false))
			.or(() -> text("title", d.title(), MAX_TITLE, true))
			.or(() -> text("body", d.body(), MAX_BODY, false))
			.or(() -> country("hostCountry", d.hostCountry(), false))
			.or(() -> languages(d.languages()))
			.or(() -> forms(d.formsOfAddress()))
			.or(() -> channels(d.channels(), today));
	}

	/** A date when an entry was checked or a channel known: not before 1945, not after today. */
	static Optional<Refusal> date(String field, LocalDate date, LocalDate today) {
		if (date != null && (date.isBefore(EARLIEST) || date.isAfter(today))) {
			return Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_DATE_OUT_OF_RANGE, field, EARLIEST, today));
		}
		return Optional.empty();
	}

	static Optional<Refusal> text(String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			return required ? Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_REQUIRED, field)) : Optional.empty();
		}
		if (value.length() > max) {
			return Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_TOO_LONG, field, max));
		}
		if (CONTROL.matcher(value).find()) {
			return Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_CONTROL_CHARACTERS, field));
		}
		return Optional.empty();
	}

	/** Trimmed, line ends made {@code \n}, blank made {@code null}. */
	static String clean(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.replace("\r\n", "\n").replace('\r', '\n').strip();
	}

	private static Optional<Refusal> country(String field, String value, boolean required) {
		if (value == null || value.isBlank()) {
			return required ? Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_REQUIRED, field)) : Optional.empty();
		}
		return CountryCode.Validator.isCountryCode(value) ? Optional.empty()
				: Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_NOT_OFFERED, field));
	}

	private static Optional<Refusal> languages(List<String> languages) {
		if (languages.size() > MAX_LANGUAGES) {
			return Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_TOO_MANY, "languages", MAX_LANGUAGES));
		}
		if (!languages.stream().allMatch(AuthorityChecks::isLanguage)) {
			return Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_NOT_OFFERED, "languages"));
		}
		return new HashSet<>(languages).size() == languages.size() ? Optional.empty()
				: Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_REPEATED, "languages"));
	}

	static boolean isLanguage(String code) {
		return code != null && code.length() == 2 && LANGUAGES.contains(code);
	}

	private static Optional<Refusal> forms(List<FormOfAddress> forms) {
		if (forms.size() > MAX_FORMS) {
			return Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_TOO_MANY, "forms", MAX_FORMS));
		}
		Set<String> seen = new HashSet<>();
		for (FormOfAddress form : forms) {
			if (form == null || !isLanguage(form.language())) {
				return Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_NOT_OFFERED, "forms"));
			}
			String prefix = "forms." + form.language() + ".";
			if (!seen.add(form.language())) {
				return Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_REPEATED, prefix + "salutation"));
			}
			Optional<Refusal> refusal = text(prefix + "salutation", form.salutation(), MAX_LINE, true)
				.or(() -> text(prefix + "addressLine", form.addressLine(), MAX_LINE, false))
				.or(() -> singleLine(prefix + "salutation", form.salutation()))
				.or(() -> singleLine(prefix + "addressLine", form.addressLine()));
			if (refusal.isPresent()) {
				return refusal;
			}
		}
		return Optional.empty();
	}

	private static Optional<Refusal> channels(List<AuthorityDraft.ChannelDraft> channels, LocalDate today) {
		if (channels.size() > MAX_CHANNELS) {
			return Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_TOO_MANY, "channels", MAX_CHANNELS));
		}
		Set<ChannelKind> seen = new HashSet<>();
		for (AuthorityDraft.ChannelDraft channel : channels) {
			if (channel == null || channel.kind() == null) {
				return Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_NOT_OFFERED, "channels"));
			}
			String prefix = "channels." + channel.kind() + ".";
			if (!seen.add(channel.kind())) {
				return Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_REPEATED, prefix + "value"));
			}
			Optional<Refusal> refusal = value(prefix + "value", channel)
				.or(() -> channel.asOf() == null ? Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_REQUIRED, prefix + "asOf"))
						: date(prefix + "asOf", channel.asOf(), today))
				.or(() -> text(prefix + "source", channel.source(), MAX_SOURCE, true))
				.or(() -> singleLine(prefix + "source", channel.source()));
			if (refusal.isPresent()) {
				return refusal;
			}
		}
		return Optional.empty();
	}

	private static Optional<Refusal> value(String field, AuthorityDraft.ChannelDraft channel) {
		String value = channel.value() == null ? null : channel.value().strip();
		return switch (channel.kind()) {
			case POSTAL -> text(field, value, MAX_POSTAL, true).or(() -> value.lines().count() > MAX_POSTAL_LINES
					? Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_TOO_MANY, field, MAX_POSTAL_LINES)) : Optional.empty());
			case EMAIL -> shaped(field, value, MAX_EMAIL, v -> EMAIL.matcher(v).matches(), DirectoryRefusal.DIRECTORY_EMAIL_SHAPE);
			case FAX -> shaped(field, value, 40, v -> FAX.matcher(v).matches() && v.chars().filter(Character::isDigit).count() >= 7,
					DirectoryRefusal.DIRECTORY_FAX_SHAPE);
			case WEB_FORM -> shaped(field, value, MAX_URL, AuthorityChecks::isWebAddress, DirectoryRefusal.DIRECTORY_WEB_FORM_SHAPE);
		};
	}

	private static Optional<Refusal> shaped(String field, String value, int max, Function<String, Boolean> shape, DirectoryRefusal rule) {
		return text(field, value, max, true).or(() -> singleLine(field, value))
			.or(() -> shape.apply(value) ? Optional.empty() : Optional.of(Refusal.onField(rule, field)));
	}

	private static Optional<Refusal> singleLine(String field, String value) {
		return value != null && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)
				? Optional.of(Refusal.onField(DirectoryRefusal.DIRECTORY_CONTROL_CHARACTERS, field)) : Optional.empty();
	}

	private static boolean isWebAddress(String value) {
		try {
			URI uri = new URI(value);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null
					&& !value.contains(" ");
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
