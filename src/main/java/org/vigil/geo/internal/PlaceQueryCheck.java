package org.vigil.geo.internal;

import java.util.Optional;

import org.vigil.geo.Gazetteer;
import org.vigil.platform.Refusal;

/** The bounds of a text to look up or a name to keep: present, not too long, no control characters. */
final class PlaceQueryCheck {

	/** The longest name an administrator may give a place or a variant. */
	static final int MAX_NAME_LENGTH = 120;

	private PlaceQueryCheck() {
	}

	/** The refusal of the text as the field, or nothing when it is readable. */
	static Optional<Refusal> check(String field, String text, int maxLength) {
		if (text == null || text.isBlank()) {
			return Optional.of(Refusal.onField(GeoRule.PLACE_TEXT_REQUIRED, field));
		}
		if (text.length() > maxLength) {
			return Optional.of(Refusal.onField(GeoRule.PLACE_TEXT_TOO_LONG, field, maxLength));
		}
		if (text.codePoints().anyMatch(PlaceQueryCheck::isControl)) {
			return Optional.of(Refusal.onField(GeoRule.PLACE_TEXT_CONTROL_CHARACTERS, field));
		}
		return Optional.empty();
	}

	/** Whether the gazetteer reads the text at all (the same bounds as the API's). */
	static boolean isReadable(String text) {
		return check("q", text, Gazetteer.MAX_TEXT_LENGTH).isEmpty();
	}

	private static boolean isControl(int c) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return false;
		}
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.FORMAT && c != 0x200D && c != 0x200C
				|| type == Character.SURROGATE || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
	}

}
