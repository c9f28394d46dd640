package org.vigil.events.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Service;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;

/**
 * What the operator and the administrators do with the registry: see what waits and send it to
 * its listener again. Only failed publications are resubmitted unless an age is given: one still
 * published or processing may be running right now, and resubmitting it could do its work twice.
 */
@Service
class EventPublications {

	private final JdbcClient jdbc;

	private final FailedEventPublications failed;

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	private final AuditLog audit;

	EventPublications(JdbcClient jdbc, FailedEventPublications failed, IncompleteEventPublications incomplete,
			CompletedEventPublications completed, AuditLog audit) {
		this.jdbc = jdbc;
		this.failed = failed;
		this.incomplete = incomplete;
		this.completed = completed;
		this.audit = audit;
	}

	/**
	 * Every incomplete publication, oldest first. Read from the table rather than through the
	 * registry, which would deserialize each event (and fail on one whose class has since gone).
	 */
	List<IncompletePublication> incomplete() {
		return jdbc.sql("""
				select id, event_type, listener_id, publication_date, status, completion_attempts, last_resubmission_date
				from event_publication where completion_date is null order by publication_date, id""")
			.query((rs, row) -> new IncompletePublication(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getInt(6),
					rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
			.list();
	}

	/**
	 * Sends failed publications to their listeners again — only {@code ids} when given, all of them
	 * otherwise — and audits it. Listeners run on their own threads: the publications complete (or
	 * fail again) shortly after. Answers how many were resubmitted.
	 */
	int resubmitFailed(Set<UUID> ids, String actor, String address) {
		List<UUID> chosen = incomplete().stream().filter(IncompletePublication::failed)
			.map(IncompletePublication::id).filter(id -> ids.isEmpty() || ids.contains(id)).toList();
		if (!chosen.isEmpty()) {
			failed.resubmit(ResubmissionOptions.defaults().withFilter(p -> chosen.contains(p.getIdentifier())));
		}
		audited(actor, address, chosen, Map.of("which", ids.isEmpty() ? "failed" : "chosen"));
		return chosen.size();
	}

	/**
	 * Sends every publication published more than {@code age} ago and still incomplete — failed,
	 * or stuck since a crash — to its listener again, and audits it. Answers how many.
	 */
	int resubmitOlderThan(Duration age, String actor, String address) {
		List<UUID> chosen = incomplete().stream().filter(p -> p.publishedAt().isBefore(java.time.Instant.now().minus(age)))
			.map(IncompletePublication::id).toList();
		if (!chosen.isEmpty()) {
			incomplete.resubmitIncompletePublications(p -> chosen.contains(p.getIdentifier()));
		}
		audited(actor, address, chosen, Map.of("olderThan", age.toString()));
		return chosen.size();
	}

	/** Deletes completed publications older than {@code age}: their work is done. */
	void deleteCompletedOlderThan(Duration age) {
		completed.deletePublicationsOlderThan(age);
	}

	/** One entry per publication sent again (by its id), or one saying none was. */
	private void audited(String actor, String address, List<UUID> chosen, Map<String, String> how) {
		if (chosen.isEmpty()) {
			audit.record(AuditEvent.of(actor, "events.resubmitted", null, null, address).withDetails(withCount(how, 0)));
		}
		for (UUID id : chosen) {
			audit.record(AuditEvent.of(actor, "events.resubmitted", "event-publication", id, address)
				.withDetails(withCount(how, chosen.size())));
		}
	}

	private static Map<String, String> withCount(Map<String, String> how, int count) {
		Map<String, String> details = new java.util.HashMap<>(how);
		details.put("count", Integer.toString(count));
		return details;
	}

}
