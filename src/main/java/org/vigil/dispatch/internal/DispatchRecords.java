package org.vigil.dispatch.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.dispatch.Dispatches;

/** {@link Dispatches} from the attempts and replies tables: a sent letter has its {@code sent_at}. */
@Component
class DispatchRecords implements Dispatches {

	private final JdbcClient jdbc;

	DispatchRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Instant> lastSentAt(UUID caseId) {
		return latest("select max(sent_at) from dispatch_attempts where case_id = :caseId", caseId, null);
	}

	@Override
	public Optional<Instant> firstReplyAt(UUID caseId, UUID appealId) {
		return latest("select min(received_at) from dispatch_replies where case_id = :caseId and appeal_id = :appealId "
				+ "and status = 'ATTACHED'", caseId, appealId);
	}

	private Optional<Instant> latest(String sql, UUID caseId, UUID appealId) {
		var statement = jdbc.sql(sql).param("caseId", caseId);
		if (appealId != null) {
			statement = statement.param("appealId", appealId);
		}
		return statement.query(Timestamp.class).optional().map(Timestamp::toInstant);
	}

}
