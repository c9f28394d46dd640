package org.vigil.dispatch.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.vault.CaseKeys;
import org.vigil.vault.FieldCipher;
import org.vigil.vault.KeyDestroyedException;

/**
 * Where replies are kept, sealed. A reply attached to an appeal is sealed with its case's key; one
 * waiting in triage with a key of its own (its id as key scope), which attaching re-seals under the
 * case's key and dismissing destroys — so an unmatched message never outlives its dismissal.
 */
@Component
class ReplyStore {

	static final String RECORD = "dispatch-reply";

	static final String FILE_RECORD = "dispatch-reply-file";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final CaseKeys keys;

	ReplyStore(JdbcClient jdbc, FieldCipher cipher, CaseKeys keys) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.keys = keys;
	}

	/** A received reply's attachment to an appeal, or nothing for triage. */
	record Match(UUID caseId, UUID appealId, UUID attemptId, String by) {
	}

	/** Of these Message-IDs, those of messages already kept: one query for a group read from the mailbox. */
	Set<String> known(Collection<String> messageIds) {
		if (messageIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("select message_id from dispatch_replies where message_id in (:ids)").param("ids", messageIds)
			.query(String.class).list());
	}

	/** Keeps a message from the mailbox, attached when matched, else in triage; answers its id. */
	@Transactional
	UUID keep(ReceivedMail mail, Optional<Match> match, String by) {
		UUID id = UUID.randomUUID();
		UUID scope = match.map(Match::caseId).orElse(id);
		jdbc.sql("""
				insert into dispatch_replies (id, status, case_id, appeal_id, attempt_id, matched_by, received_via, message_id, malformed,
				sender, subject, body, received_at, taken_in_at, taken_in_by, handled_at, handled_by, version)
				values (:id, :status, :caseId, :appealId, :attemptId, :matchedBy, 'EMAIL', :messageId, :malformed, :sender, :subject, :body,
				:receivedAt, now(), :by, :handledAt, :handledBy, 0)""")
			.param("id", id).param("status", match.isPresent() ? "ATTACHED" : "TRIAGE")
			.param("caseId", match.map(Match::caseId).orElse(null)).param("appealId", match.map(Match::appealId).orElse(null))
			.param("attemptId", match.map(Match::attemptId).orElse(null)).param("matchedBy", match.map(Match::by).orElse(null))
			.param("messageId", mail.messageId()).param("malformed", mail.malformed())
			.param("sender", seal(scope, id, "sender", mail.sender())).param("subject", seal(scope, id, "subject", mail.subject()))
			.param("body", seal(scope, id, "body", mail.text()))
			.param("receivedAt", Timestamp.from(mail.sentAt() != null ? mail.sentAt() : Instant.now()))
			.param("by", by).param("handledAt", match.isPresent() ? Timestamp.from(Instant.now()) : null)
			.param("handledBy", match.isPresent() ? by : null)
			.update();
		for (ReceivedMail.Attachment file : mail.attachments()) {
			keepFile(scope, id, file.name(), file.mediaType(), file.content());
		}
		return id;
	}

	/**
	 * Keeps a file of a reply — an attachment of a message, the scan of a reply logged by hand — its name
	 * and content sealed with the key of {@code scope} (the case's, or the reply's own while in triage).
	 * Answers the file's id.
	 */
	private UUID keepFile(UUID scope, UUID replyId, String name, String mediaType, byte[] content) {
		UUID fileId = UUID.randomUUID();
		jdbc.sql("insert into dispatch_reply_files (id, reply_id, name, media_type, size_bytes, content) values (?, ?, ?, ?, ?, ?)")
			.params(fileId, replyId, cipher.encrypt(scope, FILE_RECORD, fileId, "name", name), mediaType, (long) content.length,
					cipher.encryptBytes(scope, FILE_RECORD, fileId, "content", content))
			.update();
		return fileId;
	}

	/**
	 * A reply logged by hand on an appeal (a letter, a fax, a call), with its scan when there is one, sealed
	 * with the case's key like the reply; answers its id.
	 */
	@Transactional
	UUID log(UUID caseId, UUID appealId, ReceivedVia via, ResponseType type, ResponseImpact impact, String sender, String subject,
			String text, Instant receivedAt, Optional<ReplyScans.Scan> scan, String by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into dispatch_replies (id, status, case_id, appeal_id, matched_by, received_via, response_type, impact, sender, subject,
				body, received_at, taken_in_at, taken_in_by, handled_at, handled_by, version)
				values (:id, 'ATTACHED', :caseId, :appealId, 'LOGGED', :via, :type, :impact, :sender, :subject, :body, :receivedAt, now(), :by,
				now(), :by, 0)""")
			.param("id", id).param("caseId", caseId).param("appealId", appealId).param("via", via.name())
			.param("type", type == null ? null : type.name()).param("impact", impact == null ? null : impact.name())
			.param("sender", seal(caseId, id, "sender", sender)).param("subject", seal(caseId, id, "subject", subject))
			.param("body", seal(caseId, id, "body", text)).param("receivedAt", Timestamp.from(receivedAt)).param("by", by)
			.update();
		scan.ifPresent(file -> keepFile(caseId, id, file.name(), file.mediaType(), file.content()));
		return id;
	}

	/** Adds a scan to a reply logged by hand on the appeal, sealed with the case's key; answers the file's id. */
	@Transactional
	UUID addScan(UUID caseId, UUID replyId, ReplyScans.Scan scan) {
		return keepFile(caseId, replyId, scan.name(), scan.mediaType(), scan.content());
	}

	/** How a reply attached to the appeal was matched (see {@link Reply#matchedBy()}); empty for a reply of none. */
	Optional<String> matchedBy(UUID caseId, UUID appealId, UUID replyId) {
		return jdbc.sql("select matched_by from dispatch_replies where id = :id and case_id = :caseId and appeal_id = :appealId "
				+ "and status = 'ATTACHED'").param("id", replyId).param("caseId", caseId).param("appealId", appealId)
			.query(String.class).optional();
	}

	/** A file of a reply, opened: its name, media type and content. */
	record FileContent(UUID id, String name, String mediaType, byte[] content) {
	}

	/**
	 * A file of a reply attached to the appeal, opened with the case's key; empty for a file of none.
	 * @throws KeyDestroyedException when the case was purged
	 */
	Optional<FileContent> file(UUID caseId, UUID appealId, UUID replyId, UUID fileId) {
		return jdbc.sql("""
				select f.name, f.media_type, f.content from dispatch_reply_files f join dispatch_replies r on r.id = f.reply_id
				where f.id = :fileId and r.id = :replyId and r.case_id = :caseId and r.appeal_id = :appealId and r.status = 'ATTACHED'""")
			.param("fileId", fileId).param("replyId", replyId).param("caseId", caseId).param("appealId", appealId)
			.query((rs, row) -> new FileContent(fileId, cipher.decrypt(caseId, FILE_RECORD, fileId, "name", rs.getString(1)), rs.getString(2),
					cipher.decryptBytes(caseId, FILE_RECORD, fileId, "content", rs.getBytes(3))))
			.optional();
	}

	/**
	 * Sets (or changes) the impact of a reply attached to the appeal, on the version read. Answers the
	 * reply's version after the change, or empty when the reply is not at {@code version} (or not the appeal's).
	 */
	Optional<Long> judge(UUID caseId, UUID appealId, UUID replyId, ResponseImpact impact, long version) {
		return jdbc.sql("""
				update dispatch_replies set impact = :impact, version = version + 1
				where id = :id and case_id = :caseId and appeal_id = :appealId and status = 'ATTACHED' and version = :version
				returning version""")
			.param("impact", impact == null ? null : impact.name()).param("id", replyId).param("caseId", caseId)
			.param("appealId", appealId).param("version", version)
			.query(Long.class).optional();
	}

	/** The version of a reply attached to the appeal; empty for a reply of none. */
	Optional<Long> versionOf(UUID caseId, UUID appealId, UUID replyId) {
		return jdbc.sql("select version from dispatch_replies where id = :id and case_id = :caseId and appeal_id = :appealId "
				+ "and status = 'ATTACHED'").param("id", replyId).param("caseId", caseId).param("appealId", appealId)
			.query(Long.class).optional();
	}

	/** The messages waiting in triage, oldest first, opened. */
	List<Reply> triage() {
		return jdbc.sql("select * from dispatch_replies where status = 'TRIAGE' order by received_at, id").query(this::open).list();
	}

	Optional<Reply> inTriage(UUID id) {
		return jdbc.sql("select * from dispatch_replies where id = :id and status = 'TRIAGE'").param("id", id).query(this::open).optional();
	}

	/** The replies to an appeal, oldest first, opened with the case's key. */
	List<Reply> ofAppeal(UUID caseId, UUID appealId) {
		return jdbc.sql("select * from dispatch_replies where case_id = :caseId and appeal_id = :appealId and status = 'ATTACHED' "
				+ "order by received_at, id").param("caseId", caseId).param("appealId", appealId).query(this::open).list();
	}

	/**
	 * Attaches a message in triage to an appeal: re-sealed under the case's key, its own key destroyed.
	 * Answers false when it is no longer in triage (someone else handled it).
	 */
	@Transactional
	boolean attach(UUID id, UUID caseId, UUID appealId, ResponseType type, ResponseImpact impact, String by) {
		Optional<Reply> open = inTriage(id);
		if (open.isEmpty()) {
			return false;
		}
		Reply reply = open.get();
		int changed = jdbc.sql("""
				update dispatch_replies set status = 'ATTACHED', case_id = :caseId, appeal_id = :appealId, matched_by = 'OFFICER',
				response_type = :type, impact = :impact, sender = :sender, subject = :subject, body = :body, handled_at = now(), handled_by = :by,
				version = version + 1 where id = :id and status = 'TRIAGE'""")
			.param("caseId", caseId).param("appealId", appealId).param("type", type == null ? null : type.name())
			.param("impact", impact == null ? null : impact.name())
			.param("sender", seal(caseId, id, "sender", reply.sender())).param("subject", seal(caseId, id, "subject", reply.subject()))
			.param("body", seal(caseId, id, "body", reply.text())).param("by", by).param("id", id)
			.update();
		if (changed == 0) {
			return false;
		}
		for (Reply.File file : reply.files()) {
			byte[] content = fileContent(id, id, file.id());
			jdbc.sql("update dispatch_reply_files set name = ?, content = ? where id = ?")
				.params(cipher.encrypt(caseId, FILE_RECORD, file.id(), "name", file.name()),
						cipher.encryptBytes(caseId, FILE_RECORD, file.id(), "content", content), file.id())
				.update();
		}
		keys.shred(id);
		return true;
	}

	/** Dismisses a message in triage and destroys its key. Answers false when it is no longer in triage. */
	@Transactional
	boolean dismiss(UUID id, String by) {
		int changed = jdbc.sql("update dispatch_replies set status = 'DISMISSED', handled_at = now(), handled_by = :by, "
				+ "version = version + 1 where id = :id and status = 'TRIAGE'").param("by", by).param("id", id).update();
		if (changed > 0) {
			keys.shred(id);
		}
		return changed > 0;
	}

	private byte[] fileContent(UUID scope, UUID replyId, UUID fileId) {
		byte[] sealed = jdbc.sql("select content from dispatch_reply_files where id = ? and reply_id = ?").params(fileId, replyId)
			.query(byte[].class).single();
		return cipher.decryptBytes(scope, FILE_RECORD, fileId, "content", sealed);
	}

	private Reply open(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID caseId = rs.getObject("case_id", UUID.class);
		UUID scope = "TRIAGE".equals(rs.getString("status")) || caseId == null ? id : caseId;
		List<Reply.File> files = jdbc.sql("select id, name, media_type, size_bytes from dispatch_reply_files where reply_id = ? order by id")
			.param(id)
			.query((f, i) -> new Reply.File(f.getObject(1, UUID.class),
					openName(scope, f.getObject(1, UUID.class), f.getString(2)), f.getString(3), f.getLong(4)))
			.list();
		String type = rs.getString("response_type");
		String impact = rs.getString("impact");
		return new Reply(id, rs.getString("status"), caseId, rs.getObject("appeal_id", UUID.class), rs.getObject("attempt_id", UUID.class),
				rs.getString("matched_by"), ReceivedVia.valueOf(rs.getString("received_via")), type == null ? null : ResponseType.valueOf(type),
				impact == null ? null : ResponseImpact.valueOf(impact), rs.getBoolean("malformed"), open(scope, id, "sender", rs.getString("sender")), open(scope, id, "subject", rs.getString("subject")),
				open(scope, id, "body", rs.getString("body")), rs.getTimestamp("received_at").toInstant(),
				rs.getTimestamp("taken_in_at").toInstant(), rs.getString("taken_in_by"), files, rs.getLong("version"));
	}

	private String openName(UUID scope, UUID fileId, String sealed) {
		try {
			return cipher.decrypt(scope, FILE_RECORD, fileId, "name", sealed);
		}
		catch (KeyDestroyedException purged) {
			return null;
		}
	}

	private String seal(UUID scope, UUID id, String field, String value) {
		return value == null ? null : cipher.encrypt(scope, RECORD, id, field, value);
	}

	/** The open value, or {@code null} when the case was purged. */
	private String open(UUID scope, UUID id, String field, String sealed) {
		try {
			return sealed == null ? null : cipher.decrypt(scope, RECORD, id, field, sealed);
		}
		catch (KeyDestroyedException purged) {
			return null;
		}
	}

}
