package org.vigil.appeals.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vigil.appeals.DraftSource.Draft;
import org.vigil.letters.LetterKind;
import org.vigil.vault.FieldCipher;

/**
 * What Vigil generated for an appeal drafted from its case's facts: the directory entries it goes
 * to, the copies and salutation of the letter, and the subject, asks and body as generated (sealed
 * with the case's key, like the appeal's text), so that the drafter's edits can be compared with
 * them. A hand-written appeal has none.
 */
@Repository
class GeneratedAppeals {

	/**
	 * A generated appeal's record.
	 *
	 * @param copies one line per copy
	 * @param salutation the letter's opening, or {@code null} for its template's
	 * @param generated subject, asks and body as generated, open; {@code null} when the case was purged
	 */
	record Generated(UUID appealId, LetterKind kind, List<UUID> addresseeIds, List<UUID> copyIds, List<String> copies,
			String salutation, AppealContent generated) {
	}

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	GeneratedAppeals(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	void save(UUID caseId, UUID appealId, LetterKind kind, List<UUID> addresseeIds, List<UUID> copyIds, AppealContent generated,
			Draft draft, String by) {
		jdbc.sql("""
				insert into generated_appeals (appeal_id, kind, addressee_ids, copy_ids, copies, salutation, generated_subject,
				                               generated_asks, generated_body, generated_at, generated_by)
				values (:appeal, :kind, :addressees, :copies, :copyLines, :salutation, :subject, :asks, :body, :at, :by)""")
			.param("appeal", appealId)
			.param("kind", kind.name())
			.param("addressees", addresseeIds.toArray(UUID[]::new))
			.param("copies", copyIds.toArray(UUID[]::new))
			.param("copyLines", draft.copies().isEmpty() ? null : String.join("\n", draft.copies()))
			.param("salutation", draft.salutation() == null || draft.salutation().isBlank() ? null : draft.salutation())
			.param("subject", seal(caseId, appealId, "generatedSubject", generated.subject()))
			.param("asks", seal(caseId, appealId, "generatedAsks", generated.asks()))
			.param("body", seal(caseId, appealId, "generatedBody", generated.body()))
			.param("at", Timestamp.from(Instant.now()))
			.param("by", by)
			.update();
	}

	/**
	 * The appeal's generated record, its generated text open; empty for a hand-written appeal.
	 * @throws org.vigil.vault.KeyDestroyedException when the case was purged
	 */
	Optional<Generated> find(UUID caseId, UUID appealId) {
		return jdbc.sql("""
				select a.language, g.kind, g.addressee_ids, g.copy_ids, g.copies, g.salutation, g.generated_subject,
				       g.generated_asks, g.generated_body
				from generated_appeals g join appeals a on a.id = g.appeal_id
				where g.appeal_id = :appeal and a.case_id = :case""")
			.param("appeal", appealId)
			.param("case", caseId)
			.query((rs, row) -> new Generated(appealId, LetterKind.valueOf(rs.getString("kind")), ids(rs.getArray("addressee_ids")),
					ids(rs.getArray("copy_ids")), lines(rs.getString("copies")), rs.getString("salutation"),
					new AppealContent(null, rs.getString("language"), open(caseId, appealId, "generatedSubject", rs.getString("generated_subject")),
							open(caseId, appealId, "generatedAsks", rs.getString("generated_asks")),
							open(caseId, appealId, "generatedBody", rs.getString("generated_body")))))
			.optional();
	}

	/**
	 * What the letter of a generated appeal takes from its record — its kind, copies and salutation —
	 * without opening the generated text; empty for a hand-written appeal.
	 */
	Optional<LetterParts> letterParts(UUID caseId, UUID appealId) {
		return jdbc.sql("""
				select g.kind, g.copies, g.salutation from generated_appeals g join appeals a on a.id = g.appeal_id
				where g.appeal_id = :appeal and a.case_id = :case""")
			.param("appeal", appealId)
			.param("case", caseId)
			.query((rs, row) -> new LetterParts(LetterKind.valueOf(rs.getString("kind")), lines(rs.getString("copies")),
					rs.getString("salutation")))
			.optional();
	}

	/** @param salutation the letter's opening, or {@code null} for its template's */
	record LetterParts(LetterKind kind, List<String> copies, String salutation) {
	}

	private String seal(UUID caseId, UUID appealId, String field, String value) {
		return value == null ? null : cipher.reseal(caseId, AppealText.RECORD_TYPE, appealId, field, value, null);
	}

	private String open(UUID caseId, UUID appealId, String field, String sealed) {
		return sealed == null ? null : cipher.decrypt(caseId, AppealText.RECORD_TYPE, appealId, field, sealed);
	}

	private static List<UUID> ids(java.sql.Array array) throws java.sql.SQLException {
		return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().toList();
	}

}
