package org.vigil.appeals.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.vault.FieldCipher;

/**
 * The PDF of each approved letter, kept once rendered with the fingerprint of what it was made from,
 * sealed with the case's data key (it holds the letter's protected text). One per appeal: a letter
 * rendered again, because its template or a signature changed, replaces the one kept.
 */
@Repository
class LetterPdfs {

	private static final String FIELD = "letterPdf";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	LetterPdfs(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * The PDF kept for the appeal, open, if it was made from what {@code fingerprint} says.
	 * @throws org.vigil.vault.KeyDestroyedException when the case was purged
	 */
	Optional<byte[]> find(UUID caseId, UUID appealId, String fingerprint) {
		return jdbc.sql("select p.sealed_pdf from appeal_letter_pdfs p join appeals a on a.id = p.appeal_id "
				+ "where p.appeal_id = :appeal and a.case_id = :case and p.fingerprint = :fingerprint")
			.param("appeal", appealId)
			.param("case", caseId)
			.param("fingerprint", fingerprint)
			.query(byte[].class)
			.optional()
			.map(sealed -> cipher.decryptBytes(caseId, AppealText.RECORD_TYPE, appealId, FIELD, sealed));
	}

	/**
	 * Keeps the PDF made from {@code fingerprint}, in place of any kept before. In a transaction of its
	 * own, so that a letter read inside a read-only one (dispatch's preview) is kept all the same.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void keep(UUID caseId, UUID appealId, String fingerprint, byte[] pdf) {
		jdbc.sql("""
				insert into appeal_letter_pdfs (appeal_id, fingerprint, sealed_pdf, rendered_at) values (:appeal, :fingerprint, :pdf, :at)
				on conflict (appeal_id) do update set fingerprint = excluded.fingerprint, sealed_pdf = excluded.sealed_pdf,
				                                      rendered_at = excluded.rendered_at""")
			.param("appeal", appealId)
			.param("fingerprint", fingerprint)
			.param("pdf", cipher.encryptBytes(caseId, AppealText.RECORD_TYPE, appealId, FIELD, pdf))
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

}
