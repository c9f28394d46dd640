package org.vigil.accounts.internal;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.Refusal;
import org.vigil.platform.web.TimeZoneChoice;

/**
 * A user's own settings for reading Vigil: for now the time zone in which pages show dates (none
 * chosen: the organisation's). Only the user changes them, on the Settings page; every change is
 * in the audit log. Kept in two columns of {@code users} beside the account, with a version of
 * their own, so that saving them never collides with a change to the account itself.
 */
@Component
class UserPreferences implements TimeZoneChoice {

	/** The regions of the time zone database whose zones are offered (Asia/Seoul, Europe/London…). */
	private static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe",
			"Indian", "Pacific");

	/** The time zones offered, by id in alphabetical order: the zones of those regions, and UTC. */
	static final Map<String, ZoneId> ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> id.equals("UTC") || id.contains("/") && REGIONS.contains(id.substring(0, id.indexOf('/'))))
		.sorted()
		.collect(Collectors.toMap(id -> id, ZoneId::of, (a, b) -> a, LinkedHashMap::new));

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	UserPreferences(JdbcTemplate jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** A user's settings as loaded: the chosen time zone (null for the organisation's) and their version. */
	record Settings(ZoneId timeZone, long version) {
	}

	@Transactional(readOnly = true)
	Settings of(UUID userId) {
		return jdbc.queryForObject("select time_zone, settings_version from users where id = ?",
				(row, n) -> new Settings(zone(row.getString(1)), row.getLong(2)), userId);
	}

	@Override
	public Optional<ZoneId> ofCurrentReader() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof VigilPrincipal user)) {
			return Optional.empty();
		}
		List<String> chosen = jdbc.queryForList("select time_zone from users where id = ?", String.class, user.userId());
		return Optional.ofNullable(chosen.isEmpty() ? null : zone(chosen.get(0)));
	}

	/**
	 * Sets the user's time zone ({@code ""}: the organisation's), if their settings are still at the
	 * version they loaded. Answers the refusal when the zone is not offered or the settings changed meanwhile.
	 */
	@Transactional
	Optional<Refusal> chooseTimeZone(VigilPrincipal user, String timeZone, long version, String address) {
		ZoneId chosen = timeZone.isBlank() ? null : ZONES.get(timeZone);
		if (chosen == null && !timeZone.isBlank()) {
			return Optional.of(Refusal.onField(PreferenceRule.UNKNOWN_TIME_ZONE, "timeZone", timeZone));
		}
		Settings before = of(user.userId());
		int changed = jdbc.update("update users set time_zone = ?, settings_version = settings_version + 1 "
				+ "where id = ? and settings_version = ?", chosen == null ? null : chosen.getId(), user.userId(), version);
		if (changed == 0) {
			return Optional.of(Refusal.of(PreferenceRule.SETTINGS_CHANGED).with("currentVersion", before.version()));
		}
		audit.record(AuditEvent.of(user.getUsername(), "user.settings-changed", "user", user.userId(), address)
			.withDetails(Map.of("timeZone", name(chosen), "before", name(before.timeZone()))));
		return Optional.empty();
	}

	private static String name(ZoneId zone) {
		return zone == null ? "organisation's" : zone.getId();
	}

	/** A stored zone; one the running Java no longer knows counts as none chosen. */
	private static ZoneId zone(String id) {
		return id == null ? null : ZONES.get(id);
	}

}
