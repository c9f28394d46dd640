package org.vigil.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.audit.AuditEvent;

class EntryHashTests {

	private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456Z");

	private static AuditEvent event(String actor, String action, String recordType, Map<String, String> details) {
		return new AuditEvent(actor, action, recordType, "42", AuditEvent.SUCCESS, "10.0.0.1", details);
	}

	@Test
	void theSameEntryAlwaysHashesTheSame() {
		AuditEvent event = event("ana", "case.viewed", "case", Map.of("reason", "appeal"));
		assertThat(EntryHash.of(7, AT, event, EntryHash.GENESIS)).isEqualTo(EntryHash.of(7, AT, event, EntryHash.GENESIS))
			.hasSize(64);
	}

	@Test
	void everyFieldAndThePreviousHashChangeTheHash() {
		AuditEvent event = event("ana", "case.viewed", "case", Map.of());
		String hash = EntryHash.of(7, AT, event, EntryHash.GENESIS);
		assertThat(EntryHash.of(8, AT, event, EntryHash.GENESIS)).isNotEqualTo(hash);
		assertThat(EntryHash.of(7, AT.plusNanos(1000), event, EntryHash.GENESIS)).isNotEqualTo(hash);
		assertThat(EntryHash.of(7, AT, event.withOutcome(AuditEvent.DENIED), EntryHash.GENESIS)).isNotEqualTo(hash);
		assertThat(EntryHash.of(7, AT, event.withDetails(Map.of("reason", "x")), EntryHash.GENESIS)).isNotEqualTo(hash);
		assertThat(EntryHash.of(7, AT, event, "1".repeat(64))).isNotEqualTo(hash);
	}

	@Test
	void textMovedFromOneFieldToTheNextChangesTheHash() {
		String joined = EntryHash.of(1, AT, event("ana", "case.viewed", "case", Map.of()), EntryHash.GENESIS);
		String shifted = EntryHash.of(1, AT, event("anacase.viewed", "case", "case", Map.of()), EntryHash.GENESIS);
		assertThat(shifted).isNotEqualTo(joined);
	}

	@Test
	void aMissingRecordTypeIsNotTheSameAsAnEmptyOne() {
		assertThat(EntryHash.of(1, AT, event("ana", "login.failed", null, Map.of()), EntryHash.GENESIS))
			.isNotEqualTo(EntryHash.of(1, AT, event("ana", "login.failed", "", Map.of()), EntryHash.GENESIS));
	}

	@Test
	void hostileTextIsKeptStorableAndBounded() {
		AuditEvent event = new AuditEvent("eve\u0000" + "x".repeat(5000), "login.failed", null, null, AuditEvent.FAILED, null,
				Map.of("attempt", "a\u0000b"));
		assertThat(event.actor()).doesNotContain("\u0000").hasSizeLessThanOrEqualTo(AuditEvent.MAX_LENGTH + 1);
		assertThat(event.details()).containsEntry("attempt", "a\uFFFDb");
	}

	@Test
	void theOrderInWhichDetailsWereGivenDoesNotMatter() {
		Map<String, String> ab = new LinkedHashMap<>();
		ab.put("a", "1");
		ab.put("b", "2");
		Map<String, String> ba = new LinkedHashMap<>();
		ba.put("b", "2");
		ba.put("a", "1");
		assertThat(EntryHash.of(1, AT, event("ana", "x.done", null, ab), EntryHash.GENESIS))
			.isEqualTo(EntryHash.of(1, AT, event("ana", "x.done", null, ba), EntryHash.GENESIS));
	}

}
