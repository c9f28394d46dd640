package org.vigil.cases.internal;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.vigil.cases.DatePrecision;
import org.vigil.cases.Sex;
import org.vigil.vault.FieldCipher;

/**
 * Seals and opens the protected fields of persons and sources. Sources use the case's data key;
 * each person's identity has a data key of its own (the person's id is its key scope), so that an
 * administrator can purge one person without the case, and purging the case destroys both. A
 * field whose value did not change keeps its ciphertext ({@link FieldCipher#reseal}), so that the
 * history records a change only when there was one.
 */
@Component
class ProtectedFields {

	static final String PERSON = "person";

	static final String SOURCE = "source";

	private final FieldCipher cipher;

	ProtectedFields(FieldCipher cipher) {
		this.cipher = cipher;
	}

	SealedIdentity seal(UUID caseId, UUID personId, Identity identity, SealedIdentity current) {
		Sealer s = new Sealer(personId, PERSON, personId);
		SealedIdentity was = current != null ? current : new SealedIdentity(null, null, null, null, null, null, null, null, null);
		return new SealedIdentity(
				s.seal("name", identity.name(), was.name()),
				s.seal("namesInOtherScripts", identity.namesInOtherScripts(), was.namesInOtherScripts()),
				s.seal("aliases", identity.aliases(), was.aliases()),
				s.seal("sex", text(identity.sex()), was.sex()),
				s.seal("birthDate", text(identity.birthDate()), was.birthDate()),
				s.seal("birthDatePrecision", text(identity.birthDatePrecision()), was.birthDatePrecision()),
				s.seal("nationality", identity.nationality(), was.nationality()),
				s.seal("notes", identity.notes(), was.notes()),
				s.seal("preciseLocation", identity.preciseLocation(), was.preciseLocation()));
	}

	/** @throws org.vigil.vault.KeyDestroyedException when the case has been shredded */
	Identity open(UUID caseId, UUID personId, SealedIdentity sealed) {
		Sealer s = new Sealer(personId, PERSON, personId);
		return new Identity(s.open("name", sealed.name()), s.open("namesInOtherScripts", sealed.namesInOtherScripts()),
				s.open("aliases", sealed.aliases()), parse(s.open("sex", sealed.sex()), Sex::valueOf),
				parse(s.open("birthDate", sealed.birthDate()), LocalDate::parse),
				parse(s.open("birthDatePrecision", sealed.birthDatePrecision()), DatePrecision::valueOf),
				s.open("nationality", sealed.nationality()), s.open("notes", sealed.notes()),
				s.open("preciseLocation", sealed.preciseLocation()));
	}

	String sealSourceField(UUID caseId, UUID sourceId, String field, String value, String current) {
		return new Sealer(caseId, SOURCE, sourceId).seal(field, value, current);
	}

	String openSourceField(UUID caseId, UUID sourceId, String field, String sealed) {
		return new Sealer(caseId, SOURCE, sourceId).open(field, sealed);
	}

	private static String text(Object value) {
		return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
	}

	private static <T> T parse(String text, Function<String, T> parser) {
		return text == null ? null : parser.apply(text);
	}

	private final class Sealer {

		/** The case, or the person for identities. */
		private final UUID keyScope;

		private final String recordType;

		private final UUID recordId;

		Sealer(UUID keyScope, String recordType, UUID recordId) {
			this.keyScope = keyScope;
			this.recordType = recordType;
			this.recordId = recordId;
		}

		String seal(String field, String value, String current) {
			return cipher.reseal(keyScope, recordType, recordId, field, value, current);
		}

		String open(String field, String sealed) {
			return sealed == null ? null : cipher.decrypt(keyScope, recordType, recordId, field, sealed);
		}

	}

}
