package org.vigil.bench.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.vigil.vault.BlindIndex;
import org.vigil.vault.FieldCipher;
import org.vigil.vault.NewKeys;

/**
 * Seals protected values as the cases module does (its {@code ProtectedFields} and
 * {@code NameTokens}), so the application reads generated records normally: a person's identity
 * fields under a data key of the person's own (record type {@code person}), a source's name and
 * contact details under the case's key (record type {@code source}), and the blind-index tokens of
 * every name, alias and native-script name. If the cases module changes how it seals, change this
 * class with it.
 */
final class ProtectedFields {

	/** The new cases' and persons' data keys, made in memory and stored once per batch. */
	private final NewKeys keys;

	private final BlindIndex blindIndex;

	ProtectedFields(FieldCipher cipher, BlindIndex blindIndex) {
		this.keys = cipher.newKeys();
		this.blindIndex = blindIndex;
	}

	String person(UUID personId, String field, Object value) {
		return value == null ? null : keys.encrypt(personId, "person", personId, field, text(value));
	}

	String source(UUID caseId, UUID sourceId, String field, String value) {
		return value == null ? null : keys.encrypt(caseId, "source", sourceId, field, value);
	}

	/** Stores the data keys made since the last call: before the records they encrypt are written. */
	int storeKeys() {
		return keys.store();
	}

	/** The tokens of each name, split at ; , and new lines as the cases module splits them. */
	Set<String> nameTokens(String... names) {
		Set<String> tokens = new LinkedHashSet<>();
		for (String name : names) {
			if (name == null) {
				continue;
			}
			for (String part : name.split("[;,\\n]")) {
				if (!part.isBlank()) {
					tokens.addAll(blindIndex.of(part.strip()));
				}
			}
		}
		return tokens;
	}

	private static String text(Object value) {
		return value instanceof Enum<?> ? ((Enum<?>) value).name() : value.toString();
	}

}
