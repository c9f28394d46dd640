package org.vigil.publishing.internal.site;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.vigil.platform.Refusal;
import org.vigil.platform.validation.AcceptedText;
import org.vigil.platform.validation.CountryCode;
import org.vigil.publishing.PublicText;

/** What the public site takes from a released text: each field present, within its length, and text it can show. */
final class PublicTexts {

	static final int MAX_TITLE = 300;

	static final int MAX_SUMMARY = 2000;

	static final int MAX_BODY = 200_000;

	static final int MAX_REGION = 100;

	static final int MAX_THEME = 80;

	static final int MAX_THEMES = 12;

	static final int MAX_NOTICE = 2000;

	/** A BCP 47 language tag as the site uses them: a language, then optional script, region or variant parts. */
	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");

	private PublicTexts() {
	}

	/** The first thing wrong with the text, if anything. */
	static Optional<Refusal> refusal(PublicText text) {
		if (text.publicationId() == null) {
			return required("publicationId");
		}
		if (text.kind() == null) {
			return required("kind");
		}
		if (text.releasedAt() == null) {
			return required("releasedAt");
		}
		Optional<Refusal> wrong = textField("title", text.title(), MAX_TITLE, true)
			.or(() -> textField("summary", text.summary(), MAX_SUMMARY, false))
			.or(() -> textField("body", text.body(), MAX_BODY, true))
			.or(() -> textField("region", text.region(), MAX_REGION, true));
		if (wrong.isPresent()) {
			return wrong;
		}
		if (text.language() == null || !LANGUAGE.matcher(text.language()).matches()) {
			return Optional.of(Refusal.onField(PublicSiteRule.PUBLIC_FIELD_INVALID, "language", "language"));
		}
		if (!CountryCode.Validator.isCountryCode(text.countryCode())) {
			return Optional.of(Refusal.onField(PublicSiteRule.PUBLIC_FIELD_INVALID, "countryCode", "countryCode"));
		}
		List<String> themes = text.themes() == null ? List.of() : text.themes();
		if (themes.size() > MAX_THEMES) {
			return Optional.of(Refusal.onField(PublicSiteRule.PUBLIC_TOO_MANY_THEMES, "themes", MAX_THEMES));
		}
		for (String theme : themes) {
			Optional<Refusal> bad = textField("themes", theme, MAX_THEME, true);
			if (bad.isPresent()) {
				return bad;
			}
		}
		return Optional.empty();
	}

	/** What is wrong with a withdrawal notice, if anything. */
	static Optional<Refusal> noticeRefusal(String notice) {
		return textField("notice", notice, MAX_NOTICE, true);
	}

	private static Optional<Refusal> textField(String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			return required ? required(field) : Optional.empty();
		}
		if (value.length() > max) {
			return Optional.of(Refusal.onField(PublicSiteRule.PUBLIC_FIELD_TOO_LONG, field, field, max));
		}
		return AcceptedText.check(field, value);
	}

	private static Optional<Refusal> required(String field) {
		return Optional.of(Refusal.onField(PublicSiteRule.PUBLIC_FIELD_REQUIRED, field, field));
	}

}
