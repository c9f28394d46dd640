package org.vigil.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.vigil.audit.AuditEvent;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit tables, in plain SQL: the log is append-only and read front to back, which JPA
 * would only obscure.
 */
@Repository
class AuditEntries {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	AuditEntries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The last entry's id and hash, locked until the transaction ends so that appends queue up. */
	Head lockHead() {
		return jdbc.queryForObject("select last_id, last_hash from audit_head where id = 1 for update",
				(rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
	}

	/** The head as it stands, without locking. */
	Head head() {
		return jdbc.queryForObject("select last_id, last_hash from audit_head where id = 1",
				(rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
	}

	/**
	 * Writes a group of consecutive entries and moves the head to the last: the inserts go to the
	 * database in one batch, so a group costs one round trip for its entries whatever its size.
	 */
	void append(List<AuditEntry> group) {
		if (group.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("""
				insert into audit_entries (id, at, actor, action, record_type, record_id, outcome, address, details, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""", group.stream().map(entry -> {
			AuditEvent e = entry.event();
			return new Object[] { entry.id(), entry.at().atOffset(ZoneOffset.UTC), e.actor(), e.action(), e.recordType(), e.recordId(),
					e.outcome(), e.address(), JSON.writeValueAsString(e.details()), entry.prevHash(), entry.hash() };
		}).toList());
		AuditEntry last = group.get(group.size() - 1);
		jdbc.update("update audit_head set last_id = ?, last_hash = ? where id = 1", last.id(), last.hash());
	}

	/**
	 * Hands every entry, in id order, to {@code sink}. Call inside a transaction, so that a long
	 * log is streamed rather than loaded whole.
	 */
	void forEachInOrder(Consumer<AuditEntry> sink) {
		jdbc.query(connection -> {
			// Callers run inside a transaction, where a fetch size makes PostgreSQL stream with a cursor.
			var statement = connection.prepareStatement("""
					select id, at, actor, action, record_type, record_id, outcome, address, details::text, prev_hash, hash
					from audit_entries order by id""");
			statement.setFetchSize(1000);
			return statement;
		}, (RowCallbackHandler) rs -> sink.accept(map(rs)));
	}

	private static AuditEntry map(ResultSet rs) throws SQLException {
		Instant at = rs.getObject("at", OffsetDateTime.class).toInstant();
		AuditEvent event = new AuditEvent(rs.getString("actor"), rs.getString("action"), rs.getString("record_type"),
				rs.getString("record_id"), rs.getString("outcome"), rs.getString("address"),
				JSON.readValue(rs.getString("details"), DETAILS));
		return new AuditEntry(rs.getLong("id"), at, event, rs.getString("prev_hash"), rs.getString("hash"));
	}

	/** The last entry written, as recorded in {@code audit_head}. */
	record Head(long lastId, String lastHash) {
	}

}
