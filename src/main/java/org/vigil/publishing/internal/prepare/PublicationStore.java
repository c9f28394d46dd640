package org.vigil.publishing.internal.prepare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.publishing.PublicItem;
import org.vigil.publishing.PublicKind;
import org.vigil.vault.FieldCipher;
import org.vigil.vault.KeyDestroyedException;

/**
 * Keeps publications, their title, summary and body sealed with the case's key. A change names the
 * version it was made on and is stored only if that is still the current one.
 */
@Component
class PublicationStore {

	static final String RECORD_TYPE = "publication";

	private static final String COLUMNS = "id, case_id, appeal_id, kind, status, title, summary, body, language, region, country_code, "
			+ "themes, prepared_by, prepared_at, edited_by, edited_at, released_by, released_at, embargo_until, published_at, slug, "
			+ "public_path, public_version, corrected_at, correction_note, withdrawn_by, withdrawn_at, withdrawal_notice, version";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	PublicationStore(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	void insert(Publication p) {
		jdbc.sql("insert into publications (" + COLUMNS + ") values (:id, :caseId, :appealId, :kind, :status, :title, :summary, :body, "
				+ ":language, :region, :countryCode, :themes, :preparedBy, :preparedAt, :editedBy, :editedAt, :releasedBy, :releasedAt, "
				+ ":embargoUntil, :publishedAt, :slug, :publicPath, :publicVersion, :correctedAt, :correctionNote, :withdrawnBy, "
				+ ":withdrawnAt, :withdrawalNotice, 0)")
			.paramSource(params(p))
			.update();
	}

	/** Stores the change if {@code p.version()} is still the stored version; answers whether it was. */
	boolean update(Publication p) {
		return jdbc.sql("update publications set status = :status, title = :title, summary = :summary, body = :body, "
				+ "language = :language, region = :region, country_code = :countryCode, themes = :themes, edited_by = :editedBy, "
				+ "edited_at = :editedAt, released_by = :releasedBy, released_at = :releasedAt, embargo_until = :embargoUntil, "
				+ "published_at = :publishedAt, slug = :slug, public_path = :publicPath, public_version = :publicVersion, "
				+ "corrected_at = :correctedAt, correction_note = :correctionNote, withdrawn_by = :withdrawnBy, "
				+ "withdrawn_at = :withdrawnAt, withdrawal_notice = :withdrawalNotice, version = version + 1 "
				+ "where id = :id and version = :version")
			.paramSource(params(p))
			.update() == 1;
	}

	Optional<Publication> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from publications where id = :id").param("id", id).query(this::row).optional();
	}

	/** The case's publications, the latest prepared first. */
	List<Publication> ofCase(UUID caseId, int limit) {
		return jdbc.sql("select " + COLUMNS + " from publications where case_id = :caseId order by prepared_at desc limit :limit")
			.param("caseId", caseId)
			.param("limit", limit)
			.query(this::row)
			.list();
	}

	/** Publications of the given cases, optionally of one status, the latest prepared first. */
	List<Publication> list(List<UUID> caseIds, PublicationStatus status, int limit, long offset) {
		if (caseIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from publications where case_id in (:caseIds)"
				+ (status == null ? "" : " and status = :status") + " order by prepared_at desc, id limit :limit offset :offset")
			.param("caseIds", caseIds)
			.param("status", status == null ? null : status.name())
			.param("limit", limit)
			.param("offset", offset)
			.query(this::row)
			.list();
	}

	/** The ids of the cases that have publications, at most {@code limit}. */
	List<UUID> casesWithPublications(int limit) {
		return jdbc.sql("select distinct case_id from publications limit :limit").param("limit", limit).query(UUID.class).list();
	}

	/** The embargoed publications whose embargo has ended by {@code now}. */
	List<Publication> embargoEndedBy(Instant now) {
		return jdbc.sql("select " + COLUMNS + " from publications where status = 'EMBARGOED' and embargo_until <= :now order by embargo_until")
			.param("now", Timestamp.from(now))
			.query(this::row)
			.list();
	}

	private org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(Publication p) {
		PublicationText text = p.text();
		PublicItem item = p.item();
		return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
			.addValue("id", p.id())
			.addValue("caseId", p.caseId())
			.addValue("appealId", p.appealId())
			.addValue("kind", p.kind().name())
			.addValue("status", p.status().name())
			.addValue("title", seal(p, "title", text.title()))
			.addValue("summary", seal(p, "summary", text.summary()))
			.addValue("body", seal(p, "body", text.body()))
			.addValue("language", text.language())
			.addValue("region", text.region())
			.addValue("countryCode", text.countryCode())
			.addValue("themes", String.join("\n", text.themes()))
			.addValue("preparedBy", p.preparedBy())
			.addValue("preparedAt", time(p.preparedAt()))
			.addValue("editedBy", p.editedBy())
			.addValue("editedAt", time(p.editedAt()))
			.addValue("releasedBy", p.releasedBy())
			.addValue("releasedAt", time(p.releasedAt()))
			.addValue("embargoUntil", time(p.embargoUntil()))
			.addValue("publishedAt", time(p.publishedAt()))
			.addValue("slug", item == null ? null : item.slug())
			.addValue("publicPath", item == null ? null : item.path())
			.addValue("publicVersion", item == null ? null : item.version())
			.addValue("correctedAt", item == null ? null : time(item.lastCorrected()))
			.addValue("correctionNote", p.correctionNote())
			.addValue("withdrawnBy", p.withdrawnBy())
			.addValue("withdrawnAt", time(p.withdrawnAt()))
			.addValue("withdrawalNotice", p.withdrawalNotice())
			.addValue("version", p.version());
	}

	private String seal(Publication p, String field, String value) {
		return cipher.encrypt(p.caseId(), RECORD_TYPE, p.id(), field, value);
	}

	private Publication row(ResultSet rs, int n) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID caseId = rs.getObject("case_id", UUID.class);
		PublicationText text;
		try {
			text = new PublicationText(open(caseId, id, "title", rs), open(caseId, id, "summary", rs), open(caseId, id, "body", rs),
					rs.getString("language"), rs.getString("region"), rs.getString("country_code"), themes(rs.getString("themes")));
		}
		catch (KeyDestroyedException purged) {
			text = null;
		}
		String slug = rs.getString("slug");
		PublicItem item = slug == null ? null : new PublicItem(slug, rs.getString("public_path"), rs.getInt("public_version"),
				instant(rs, "published_at"), instant(rs, "corrected_at"));
		return new Publication(id, caseId, rs.getObject("appeal_id", UUID.class), PublicKind.valueOf(rs.getString("kind")),
				PublicationStatus.valueOf(rs.getString("status")), text, rs.getString("prepared_by"), instant(rs, "prepared_at"),
				rs.getString("edited_by"), instant(rs, "edited_at"), rs.getString("released_by"), instant(rs, "released_at"),
				instant(rs, "embargo_until"), instant(rs, "published_at"), item, rs.getString("correction_note"),
				rs.getString("withdrawn_by"), instant(rs, "withdrawn_at"), rs.getString("withdrawal_notice"), rs.getLong("version"));
	}

	private String open(UUID caseId, UUID id, String field, ResultSet rs) throws SQLException {
		return cipher.decrypt(caseId, RECORD_TYPE, id, field, rs.getString(field));
	}

	private static List<String> themes(String stored) {
		return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
	}

	private static Timestamp time(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
