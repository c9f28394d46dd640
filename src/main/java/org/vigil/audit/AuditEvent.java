package org.vigil.audit;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Something that happened and must be accountable: who did what to which record, with what
 * outcome, from where.
 *
 * <p>Never put a protected value (a name, an informant's contact, a precise location) in any
 * field, including {@code details}: the audit log is not encrypted and is shown to administrators.
 * Record ids and public labels are fine.
 *
 * @param actor the username, or {@code operator:NAME} for shell commands, or {@code anonymous}
 * @param action what happened, as {@code noun.verb-in-past}: {@code case.viewed},
 *               {@code login.failed}, {@code identity.revealed}
 * @param recordType the kind of record concerned ({@code case}, {@code person}), or {@code null}
 * @param recordId the record's id as text, or {@code null}
 * @param outcome {@code success}, {@code denied}, {@code failed} …
 * @param address the remote address of the request, or {@code null} for the shell
 * @param details further non-protected facts, such as the reason given for a reveal
 */
public record AuditEvent(String actor, String action, String recordType, String recordId, String outcome,
		String address, Map<String, String> details) {

	public static final String SUCCESS = "success";

	public static final String DENIED = "denied";

	public static final String FAILED = "failed";

	/** Longest text kept per field: an attacker-chosen username must not bloat the log. */
	public static final int MAX_LENGTH = 1000;

	public AuditEvent {
		requireText(actor, "actor");
		requireText(action, "action");
		requireText(outcome, "outcome");
		actor = clean(actor);
		action = clean(action);
		recordType = clean(recordType);
		recordId = clean(recordId);
		outcome = clean(outcome);
		address = clean(address);
		// Sorted so that the entry's hash does not depend on the caller's map ordering.
		TreeMap<String, String> sorted = new TreeMap<>();
		if (details != null) {
			details.forEach((key, value) -> sorted.put(clean(key), clean(value)));
		}
		details = Collections.unmodifiableMap(sorted);
	}

	/** A successful action without further details. */
	public static AuditEvent of(String actor, String action, String recordType, Object recordId, String address) {
		return new AuditEvent(actor, action, recordType, recordId == null ? null : recordId.toString(), SUCCESS, address,
				Map.of());
	}

	public AuditEvent withOutcome(String outcome) {
		return new AuditEvent(actor, action, recordType, recordId, outcome, address, details);
	}

	public AuditEvent withDetails(Map<String, String> details) {
		return new AuditEvent(actor, action, recordType, recordId, outcome, address, details);
	}

	/*
	 * PostgreSQL text cannot hold NUL characters; recording a failed login must not fail because
	 * the attempted username contained one.
	 */
	private static String clean(String value) {
		if (value == null) {
			return null;
		}
		String text = value.replace('\u0000', '\uFFFD');
		return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("An audit event needs a " + name);
		}
	}

}
