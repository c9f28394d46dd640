package org.vigil.urgency.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence or part of one, kept as a message key with its arguments so that it is written in the
 * reader's language when it is read, not when it is worked out: a reason ("Expected transfer to
 * Helong (Jilin), 27 km from the border of North Korea, …"), a next step, or a part of either.
 *
 * @param key the key in the urgency bundle, e.g. {@code urgency.reason.transfer}
 */
record Phrase(String key, List<Word> words) implements Word {

	Phrase {
		Objects.requireNonNull(key, "key");
		words = List.copyOf(words);
	}

	static Phrase of(String key, Word... words) {
		return new Phrase(key, Arrays.asList(words));
	}

}
