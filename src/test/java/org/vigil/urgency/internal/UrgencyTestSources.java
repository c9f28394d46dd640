package org.vigil.urgency.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.vigil.cases.Reliability;
import org.vigil.urgency.internal.KnownWhereabouts.ExpectedMove;
import org.vigil.urgency.internal.KnownWhereabouts.HeldNow;
import org.vigil.urgency.internal.KnownWhereabouts.Place;

/**
 * What the urgency tests feed the module through its own input ports — real implementations
 * holding what each test records, in memory, until whereabouts and dispatch answer them — and a
 * clock the tests move forward instead of waiting.
 */
@TestConfiguration(proxyBeanMethods = false)
public class UrgencyTestSources {

	/** Places of the sample case, with GeoNames coordinates. */
	static final Place HELONG = new Place("Helong", "Jilin", "CN", 42.5428, 129.0044);

	static final Place YANJI = new Place("Yanji", "Jilin", "CN", 42.9075, 129.5078);

	static final Place SHENYANG = new Place("Shenyang", "Liaoning", "CN", 41.7922, 123.4328);

	@Bean
	@Primary
	RecordedWhereabouts recordedWhereabouts() {
		return new RecordedWhereabouts();
	}

	@Bean
	@Primary
	RecordedAppeals recordedAppeals() {
		return new RecordedAppeals();
	}

	@Bean
	MovableClock movableClock() {
		return new MovableClock(Instant.now());
	}

	/** The whereabouts a test recorded for each case; nothing for the others. */
	static class RecordedWhereabouts implements WhereaboutsSource {

		private final Map<UUID, KnownWhereabouts> known = new ConcurrentHashMap<>();

		@Override
		public KnownWhereabouts of(UUID caseId) {
			return known.getOrDefault(caseId, KnownWhereabouts.none());
		}

		void record(UUID caseId, KnownWhereabouts whereabouts) {
			known.put(caseId, whereabouts);
		}

		/** An expected transfer to the place, reported by the source on the given day (and nothing else known). */
		void expectTransfer(UUID caseId, Place to, LocalDate earliest, Certainty certainty, Reliability reliability, LocalDate reportedOn) {
			record(caseId, new KnownWhereabouts(List.of(), List.of(new ExpectedMove("Refugee group A", to, "Public Security Bureau", null,
					earliest, certainty, reliability, false, reportedOn)), Optional.of(reportedOn.atStartOfDay().toInstant(ZoneOffset.UTC))));
		}

		/** Someone held at the place, reported on the given day (and nothing else known). */
		void hold(UUID caseId, Place at, LocalDate reportedOn) {
			record(caseId, new KnownWhereabouts(List.of(new HeldNow("Refugee group A", at, "Public Security Bureau", Certainty.BELIEVED,
					Reliability.MEDIUM, false, reportedOn)), List.of(), Optional.of(reportedOn.atStartOfDay().toInstant(ZoneOffset.UTC))));
		}

	}

	/** The appeals a test says were sent. */
	static class RecordedAppeals implements AppealsSource {

		private final Map<UUID, Instant> sent = new ConcurrentHashMap<>();

		@Override
		public Optional<Instant> lastSentAt(UUID caseId) {
			return Optional.ofNullable(sent.get(caseId));
		}

		@Override
		public Map<UUID, Instant> lastSentAt(Collection<UUID> caseIds) {
			Map<UUID, Instant> found = new HashMap<>();
			caseIds.forEach(id -> lastSentAt(id).ifPresent(at -> found.put(id, at)));
			return found;
		}

		void sent(UUID caseId, Instant at) {
			sent.put(caseId, at);
		}

	}

	/** A clock that stands still until a test moves it forward. */
	static class MovableClock extends Clock {

		private final AtomicReference<Instant> now;

		MovableClock(Instant start) {
			this.now = new AtomicReference<>(start);
		}

		void advance(Duration by) {
			now.updateAndGet(at -> at.plus(by));
		}

		LocalDate today() {
			return LocalDate.ofInstant(instant(), ZoneOffset.UTC);
		}

		@Override
		public Instant instant() {
			return now.get();
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
