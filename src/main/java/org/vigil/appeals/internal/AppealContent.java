package org.vigil.appeals.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an appeal says and to whom. {@code subject}, {@code asks} and {@code body} are protected:
 * the same shape holds them open (as typed, as shown) or sealed (as stored, see {@link AppealText}).
 * Blank optional fields are {@code null}.
 *
 * @param addressee who the appeal is addressed to, e.g. "Xi Jinping, President of the People's Republic of China"
 * @param language the language it is written in, as a BCP 47 tag ({@code en}, {@code zh}, {@code ko})
 */
record AppealContent(String addressee, String language, String subject, String asks, String body) {

	/** A BCP 47 language tag such as {@code en}, {@code zh-Hant} or {@code ko-KR}, loosely: the form of it. */
	static final String LANGUAGE_TAG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*";

	static final List<String> FIELDS = List.of("addressee", "language", "subject", "asks", "body");

	/** The content as typed: trimmed, blanks as {@code null}, the language tag in its canonical case. */
	static AppealContent typed(String addressee, String language, String subject, String asks, String body) {
		return new AppealContent(text(addressee), language == null ? null : Locale.forLanguageTag(language.strip()).toLanguageTag(),
				text(subject), text(asks), text(body));
	}

	/** Whether it says what it asks and why: an appeal goes to review only then. */
	boolean isComplete() {
		return subject != null && asks != null && body != null;
	}

	/** The value of one of the {@link #FIELDS}. */
	String valueOf(String field) {
		switch (field) {
			case "addressee":
				return addressee;
			case "language":
				return language;
			case "subject":
				return subject;
			case "asks":
				return asks;
			case "body":
				return body;
			default:
				throw new IllegalArgumentException("An appeal has no field " + field);
		}
	}

	/**
	 * The names of the fields whose values differ from {@code other}'s. Compare open with open, or
	 * sealed with sealed: an unchanged field keeps its ciphertext (see {@link AppealText}).
	 */
	List<String> differingFields(AppealContent other) {
		return FIELDS.stream().filter(field -> !Objects.equals(valueOf(field), other.valueOf(field))).toList();
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
