package org.vigil.whereabouts.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.vault.FieldCipher;
import org.vigil.whereabouts.PlaceRef;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals and opens the protected values of whereabouts. A place of hiding and the notes of an entry
 * are sealed with the person's own key (its key scope is the person's id), exactly like an identity
 * field: purging the person, or the case, makes them unreadable. The text of a pasted report may
 * name the informant, so it is sealed with the case's key, like a source's name. Each ciphertext is
 * bound to its record and field; an unchanged value keeps its ciphertext.
 */
@Component
class EntrySealing {

	static final String ENTRY = "whereabouts";

	static final String REPORT = "whereabouts-report";

	private final FieldCipher cipher;

	private final JsonMapper json;

	EntrySealing(FieldCipher cipher, JsonMapper json) {
		this.cipher = cipher;
		this.json = json;
	}

	/** @throws org.vigil.vault.KeyDestroyedException when the person's (or the case's) key is destroyed */
	String sealHidingPlace(UUID personId, UUID entryId, PlaceRef place, String current) {
		return cipher.reseal(personId, ENTRY, entryId, "hidingPlace", place == null ? null : json.writeValueAsString(place), current);
	}

	PlaceRef openHidingPlace(UUID personId, UUID entryId, String sealed) {
		String text = sealed == null ? null : cipher.decrypt(personId, ENTRY, entryId, "hidingPlace", sealed);
		return text == null ? null : json.readValue(text, PlaceRef.class);
	}

	String sealNotes(UUID personId, UUID entryId, String notes, String current) {
		return cipher.reseal(personId, ENTRY, entryId, "notes", notes, current);
	}

	String openNotes(UUID personId, UUID entryId, String sealed) {
		return sealed == null ? null : cipher.decrypt(personId, ENTRY, entryId, "notes", sealed);
	}

	String sealReport(UUID caseId, UUID reportId, String text) {
		return cipher.encrypt(caseId, REPORT, reportId, "text", text);
	}

	String openReport(UUID caseId, UUID reportId, String sealed) {
		return cipher.decrypt(caseId, REPORT, reportId, "text", sealed);
	}

}
