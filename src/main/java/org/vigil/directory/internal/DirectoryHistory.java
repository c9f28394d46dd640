package org.vigil.directory.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who changed an entry, when, from what to what: read from the Envers table
 * ({@code directory_authorities_aud}) and the revision each version belongs to, newest first.
 */
@Component
class DirectoryHistory {

	/** One version: who made it, when, and the fields it changed (all of them for the first). */
	record Entry(long revision, Instant at, String by, List<Change> changes) {
	}

	record Change(String field, String from, String to) {
	}

	private static final List<String> FIELDS = List.of("country", "kind", "name", "title", "body", "host_country", "languages", "forms",
			"channels", "checked_by", "checked_on", "retired_on");

	private final JdbcClient jdbc;

	DirectoryHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Entry> of(UUID id) {
		List<Entry> entries = new ArrayList<>();
		Map<String, String> before = new LinkedHashMap<>();
		for (Map<String, Object> row : jdbc.sql("""
				select a.rev, r.timestamp, r.username, a.country, a.kind, a.name, a.title, a.body, a.host_country, a.languages, a.forms,
				       a.channels, a.checked_by, a.checked_on, a.retired_on
				from directory_authorities_aud a join revinfo r on r.id = a.rev where a.id = ? order by a.rev""")
			.param(id).query().listOfRows()) {
			List<Change> changes = new ArrayList<>();
			for (String field : FIELDS) {
				String now = row.get(field) == null ? null : row.get(field).toString();
				if (!Objects.equals(before.get(field), now)) {
					changes.add(new Change(field, before.get(field), now));
				}
				before.put(field, now);
			}
			entries.add(new Entry(((Number) row.get("rev")).longValue(), Instant.ofEpochMilli(((Number) row.get("timestamp")).longValue()),
					Objects.toString(row.get("username"), null), changes));
		}
		Collections.reverse(entries);
		return entries;
	}

}
