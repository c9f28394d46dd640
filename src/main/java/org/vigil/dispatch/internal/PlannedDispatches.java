package org.vigil.dispatch.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dispatches chosen to go on approval ({@code dispatch_on_approval} and its choices), in the caller's transaction. */
@Component
class PlannedDispatches {

	private final JdbcClient jdbc;

	PlannedDispatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PlannedDispatch> of(UUID caseId, UUID appealId) {
		return read(caseId, appealId, "");
	}

	/** The plan, its row locked until the transaction ends: one listener at a time acts on it. */
	Optional<PlannedDispatch> lock(UUID caseId, UUID appealId) {
		return read(caseId, appealId, " for update");
	}

	private Optional<PlannedDispatch> read(UUID caseId, UUID appealId, String lock) {
		List<Dispatching.Choice> choices = jdbc.sql("""
				select authority_id, channel, destination, destination_name, destination_title from dispatch_on_approval_choices
				where appeal_id = :appeal order by position""")
			.param("appeal", appealId)
			.query((rs, row) -> new Dispatching.Choice(rs.getObject("authority_id", UUID.class), Channel.valueOf(rs.getString("channel")),
					rs.getString("destination"), rs.getString("destination_name"), rs.getString("destination_title")))
			.list();
		return jdbc.sql("select * from dispatch_on_approval where appeal_id = :appeal and case_id = :case" + lock)
			.param("appeal", appealId).param("case", caseId)
			.query((rs, row) -> new PlannedDispatch(appealId, caseId, choices, rs.getBoolean("confirm_long_fax"), rs.getString("chosen_by"),
					instant(rs.getTimestamp("chosen_at")), instant(rs.getTimestamp("carried_out_at")),
					rs.getString("refusal"), rs.getLong("version")))
			.optional();
	}

	/** Replaces the appeal's plan (or makes its first) with these choices; answers its new version. */
	long save(UUID caseId, UUID appealId, List<Dispatching.Choice> choices, boolean confirmLongFax, String by, Instant at) {
		long version = jdbc.sql("""
				insert into dispatch_on_approval (appeal_id, case_id, confirm_long_fax, chosen_by, chosen_at, version)
				values (:appeal, :case, :confirm, :by, :at, 0)
				on conflict (appeal_id) do update set confirm_long_fax = excluded.confirm_long_fax, chosen_by = excluded.chosen_by,
				chosen_at = excluded.chosen_at, carried_out_at = null, refusal = null, version = dispatch_on_approval.version + 1
				returning version""")
			.param("appeal", appealId).param("case", caseId).param("confirm", confirmLongFax).param("by", by).param("at", Timestamp.from(at))
			.query(Long.class).single();
		jdbc.sql("delete from dispatch_on_approval_choices where appeal_id = :appeal").param("appeal", appealId).update();
		for (int i = 0; i < choices.size(); i++) {
			Dispatching.Choice choice = choices.get(i);
			jdbc.sql("""
					insert into dispatch_on_approval_choices (appeal_id, position, authority_id, channel, destination, destination_name,
					destination_title) values (:appeal, :position, :authority, :channel, :to, :name, :title)""")
				.param("appeal", appealId).param("position", i).param("authority", choice.authorityId()).param("channel", choice.channel().name())
				.param("to", blankToNull(choice.to())).param("name", blankToNull(choice.name())).param("title", blankToNull(choice.title()))
				.update();
		}
		return version;
	}

	void delete(UUID appealId) {
		jdbc.sql("delete from dispatch_on_approval where appeal_id = :appeal").param("appeal", appealId).update();
	}

	/** The approval was heard: the plan was acted on, and went out or was refused by the rule named {@code refusal}. */
	void carriedOut(UUID appealId, Instant at, String refusal) {
		jdbc.sql("update dispatch_on_approval set carried_out_at = :at, refusal = :refusal, version = version + 1 where appeal_id = :appeal")
			.param("at", Timestamp.from(at)).param("refusal", refusal).param("appeal", appealId).update();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
