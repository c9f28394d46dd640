package org.vigil.appeals.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.vault.FieldCipher;

/**
 * Seals and opens the protected text of appeals with their case's data key, each value bound to
 * its case, appeal and field. A field whose value did not change keeps its ciphertext, so that
 * what changed in an edit can be told without opening anything twice.
 */
@Component
class AppealText {

	static final String RECORD_TYPE = "appeal";

	private final FieldCipher cipher;

	AppealText(FieldCipher cipher) {
		this.cipher = cipher;
	}

	/**
	 * @param current the content as stored now, or {@code null} for a new appeal
	 * @throws org.vigil.vault.KeyDestroyedException when the case has been purged
	 */
	AppealContent seal(UUID caseId, UUID appealId, AppealContent open, AppealContent current) {
		AppealContent was = current != null ? current : new AppealContent(null, null, null, null, null);
		return new AppealContent(open.addressee(), open.language(),
				seal(caseId, appealId, "subject", open.subject(), was.subject()),
				seal(caseId, appealId, "asks", open.asks(), was.asks()),
				seal(caseId, appealId, "body", open.body(), was.body()));
	}

	/** @throws org.vigil.vault.KeyDestroyedException when the case has been purged */
	AppealContent open(UUID caseId, UUID appealId, AppealContent sealed) {
		return new AppealContent(sealed.addressee(), sealed.language(), open(caseId, appealId, "subject", sealed.subject()),
				open(caseId, appealId, "asks", sealed.asks()), open(caseId, appealId, "body", sealed.body()));
	}

	String sealComment(UUID caseId, UUID appealId, String comment) {
		return seal(caseId, appealId, "returnComment", comment, null);
	}

	String openComment(UUID caseId, UUID appealId, String sealed) {
		return open(caseId, appealId, "returnComment", sealed);
	}

	private String seal(UUID caseId, UUID appealId, String field, String value, String current) {
		return cipher.reseal(caseId, RECORD_TYPE, appealId, field, value, current);
	}

	private String open(UUID caseId, UUID appealId, String field, String sealed) {
		return sealed == null ? null : cipher.decrypt(caseId, RECORD_TYPE, appealId, field, sealed);
	}

}
