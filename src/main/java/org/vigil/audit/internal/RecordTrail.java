package org.vigil.audit.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.vigil.audit.AuditTrail;

@Component
class RecordTrail implements AuditTrail {

	private final JdbcTemplate jdbc;

	RecordTrail(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Line> forRecord(String recordType, String recordId, int limit) {
		return jdbc.query("""
				select id, at, actor, action, outcome from audit_entries
				where record_type = ? and record_id = ? order by id desc limit ?""",
				(rs, n) -> new Line(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
						rs.getString(4), rs.getString(5)),
				recordType, recordId, limit);
	}

}
