package org.vigil.urgency.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vigil.urgency.internal.UrgencySettings.OnwardReturn;

/**
 * The administrator's thresholds and lists (one row, versioned) and where each team's alert emails
 * go (one row per team, versioned).
 */
@Repository
class SettingsStore {

	/** The settings with the version they were read at, and who changed them last. */
	record Versioned(UrgencySettings settings, long version, Instant changedAt, String changedBy) {
	}

	/**
	 * Where a team's alert emails go.
	 *
	 * @param alertAddress the team's mailbox: alerts when a case becomes imminent
	 * @param reviewerAddress the team's reviewers: alerts nobody acknowledged in time
	 */
	record TeamMail(UUID teamId, String alertAddress, String reviewerAddress, long version, Instant changedAt, String changedBy) {

		static TeamMail none(UUID teamId) {
			return new TeamMail(teamId, null, null, -1, null, null);
		}

	}

	private final JdbcClient jdbc;

	SettingsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Versioned current() {
		return jdbc.sql("select * from urgency_settings where id = 1")
			.query((rs, row) -> new Versioned(new UrgencySettings(rs.getInt("border_km"), rs.getInt("transfer_window_days"),
					rs.getInt("silence_days"), rs.getInt("dormant_days"), rs.getInt("stale_report_days"), rs.getInt("escalate_after_minutes"),
					onwardReturns(rs.getString("onward_returns")), lines(rs.getString("handover_custodians"))), rs.getLong("version"),
					rs.getTimestamp("changed_at") == null ? null : rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by")))
			.single();
	}

	/** Saves the settings if they are still at {@code version}; answers whether they were. */
	boolean save(UrgencySettings settings, long version, String by, Instant at) {
		return jdbc.sql("""
				update urgency_settings set border_km = :borderKm, transfer_window_days = :window, silence_days = :silence,
				    dormant_days = :dormant, stale_report_days = :stale, escalate_after_minutes = :escalate,
				    onward_returns = :onward, handover_custodians = :custodians, version = version + 1, changed_at = :at, changed_by = :by
				where id = 1 and version = :version""")
			.param("borderKm", settings.borderKm())
			.param("window", settings.transferWindowDays())
			.param("silence", settings.silenceDays())
			.param("dormant", settings.dormantDays())
			.param("stale", settings.staleReportDays())
			.param("escalate", settings.escalateAfterMinutes())
			.param("onward", settings.onwardReturns().stream().map(o -> o.from() + " " + o.to()).collect(Collectors.joining("\n")))
			.param("custodians", String.join("\n", settings.handoverCustodians()))
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("version", version)
			.update() == 1;
	}

	TeamMail teamMail(UUID teamId) {
		return jdbc.sql("select * from urgency_team_mail where team_id = ?").param(teamId)
			.query((rs, row) -> new TeamMail(teamId, rs.getString("alert_address"), rs.getString("reviewer_address"), rs.getLong("version"),
					rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by")))
			.optional()
			.orElse(TeamMail.none(teamId));
	}

	Map<UUID, TeamMail> teamMail() {
		return jdbc.sql("select team_id from urgency_team_mail").query(UUID.class).list().stream()
			.collect(Collectors.toMap(id -> id, this::teamMail));
	}

	/**
	 * Saves where a team's alerts go if the row is still at {@code version} ({@code -1}: there is none
	 * yet); answers whether it was.
	 */
	boolean saveTeamMail(UUID teamId, String alertAddress, String reviewerAddress, long version, String by, Instant at) {
		if (version < 0) {
			return jdbc.sql("""
					insert into urgency_team_mail (team_id, alert_address, reviewer_address, changed_at, changed_by)
					values (?, ?, ?, ?, ?) on conflict (team_id) do nothing""")
				.params(teamId, alertAddress, reviewerAddress, Timestamp.from(at), by)
				.update() == 1;
		}
		return jdbc.sql("""
				update urgency_team_mail set alert_address = ?, reviewer_address = ?, version = version + 1, changed_at = ?, changed_by = ?
				where team_id = ? and version = ?""")
			.params(alertAddress, reviewerAddress, Timestamp.from(at), by, teamId, version)
			.update() == 1;
	}

	private static List<OnwardReturn> onwardReturns(String text) {
		return lines(text).stream()
			.map(line -> line.toUpperCase(Locale.ROOT).split("\\s+"))
			.filter(pair -> pair.length == 2)
			.map(pair -> new OnwardReturn(pair[0], pair[1]))
			.toList();
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

}
