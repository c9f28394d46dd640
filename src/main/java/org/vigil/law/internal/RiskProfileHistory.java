package org.vigil.law.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who changed which claim of a risk profile, when, from what to what: read from the Envers tables
 * ({@code law_risk_claims_aud}, {@code law_risk_profiles_aud}) and the revision each change belongs to.
 */
@Component
class RiskProfileHistory {

	/** One change: a claim (or the summary) added, changed or removed, with the fields that changed. */
	record Entry(long revision, Instant at, String by, String action, UUID claimId, String label, List<Change> changes) {
	}

	record Change(String field, String from, String to) {
	}

	private final JdbcClient jdbc;

	RiskProfileHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Entry> of(String country) {
		List<Entry> entries = new ArrayList<>();
		Map<UUID, Map<String, String>> previous = new HashMap<>();
		List<Map<String, Object>> claimRows = jdbc.sql("""
				select a.rev, r.timestamp, r.username, a.revtype, a.id, a.claim_group, a.text, a.citation, a.verified, a.reviewed_on
				from law_risk_claims_aud a join revinfo r on r.id = a.rev where a.country = ? order by a.rev, a.id""")
			.param(country).query().listOfRows();
		for (Map<String, Object> row : claimRows) {
			UUID id = (UUID) row.get("id");
			Map<String, String> now = new LinkedHashMap<>();
			now.put("group", text(row.get("claim_group")));
			now.put("text", text(row.get("text")));
			now.put("citation", text(row.get("citation")));
			now.put("verified", text(row.get("verified")));
			now.put("reviewedOn", text(row.get("reviewed_on")));
			String action = action(((Number) row.get("revtype")).intValue());
			Map<String, String> before = previous.getOrDefault(id, Map.of());
			List<Change> changes = "removed".equals(action) ? List.of() : changes(before, now);
			if (!changes.isEmpty() || !"changed".equals(action)) {
				entries.add(new Entry(((Number) row.get("rev")).longValue(), Instant.ofEpochMilli(((Number) row.get("timestamp")).longValue()),
						text(row.get("username")), action, id, shorten(now.get("text")), changes));
			}
			previous.put(id, now);
		}
		String summaryBefore = null;
		for (Map<String, Object> row : jdbc.sql("""
				select a.rev, r.timestamp, r.username, a.revtype, a.summary
				from law_risk_profiles_aud a join revinfo r on r.id = a.rev where a.country = ? order by a.rev""")
			.param(country).query().listOfRows()) {
			String summary = text(row.get("summary"));
			if (!Objects.equals(summary, summaryBefore)) {
				entries.add(new Entry(((Number) row.get("rev")).longValue(), Instant.ofEpochMilli(((Number) row.get("timestamp")).longValue()),
						text(row.get("username")), summaryBefore == null ? "added" : "changed", null, null,
						List.of(new Change("summary", summaryBefore, summary))));
			}
			summaryBefore = summary;
		}
		entries.sort(Comparator.comparingLong(Entry::revision).reversed());
		return entries;
	}

	private static List<Change> changes(Map<String, String> before, Map<String, String> now) {
		List<Change> changes = new ArrayList<>();
		now.forEach((field, value) -> {
			if (!Objects.equals(before.get(field), value)) {
				changes.add(new Change(field, before.get(field), value));
			}
		});
		return changes;
	}

	private static String action(int revtype) {
		return switch (revtype) {
			case 0 -> "added";
			case 2 -> "removed";
			default -> "changed";
		};
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().toString();
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		return value.toString();
	}

	private static String shorten(String text) {
		return text == null || text.length() <= 80 ? text : text.substring(0, 79) + "…";
	}

}
