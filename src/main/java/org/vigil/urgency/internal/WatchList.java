package org.vigil.urgency.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.platform.Refusal;
import org.vigil.urgency.UrgencyLevel;

/**
 * The watch list: the open cases of the viewer's teams, most urgent first and then those left
 * longest without action, each with its weightiest reason and its next step, a page at a time. It
 * reads the stored assessments only; nothing is worked out again here.
 */
@Component
class WatchList {

	static final int PAGE_SIZE = 50;

	static final int MAX_PAGE_SIZE = 200;

	/** Far beyond any team's cases; a page past it is a mistake, not a request. */
	static final int MAX_PAGE = 100_000;

	/** One case on the list; {@code sinceAction} reads "9 days ago". */
	record Row(UUID caseId, String reference, UrgencyLevel level, Phrase reason, Phrase nextStep, Instant lastActionAt, Phrase sinceAction,
			Instant assessedAt) {
	}

	/** How many cases past the page are counted, at most: the pager says "more than" beyond. */
	static final int COUNTED_AHEAD = 1_000;

	/**
	 * A page of the list.
	 *
	 * @param total how many cases the list holds; when {@code more}, how many were counted (there are more)
	 * @param more whether the list holds more cases than were counted
	 */
	record Page(List<Row> rows, int number, int size, int total, boolean more) {

		int pages() {
			return (total + size - 1) / size;
		}

		public boolean hasNext() {
			return (number + 1) * size < total;
		}

		public boolean hasPrevious() {
			return number > 0;
		}

		public int totalPages() {
			return pages();
		}

	}

	private final AssessmentStore assessments;

	private final UrgencyClock clock;

	WatchList(AssessmentStore assessments, UrgencyClock clock) {
		this.assessments = assessments;
		this.clock = clock;
	}

	/** Why a page cannot be shown (a number out of range), if it cannot. */
	static Optional<Refusal> check(Integer page, Integer size) {
		if (page != null && (page < 0 || page > MAX_PAGE)) {
			return Optional.of(Refusal.onField(UrgencyRule.URGENCY_NUMBER_OUT_OF_RANGE, "page", 0, MAX_PAGE));
		}
		if (size != null && (size < 1 || size > MAX_PAGE_SIZE)) {
			return Optional.of(Refusal.onField(UrgencyRule.URGENCY_NUMBER_OUT_OF_RANGE, "size", 1, MAX_PAGE_SIZE));
		}
		return Optional.empty();
	}

	@Transactional(readOnly = true)
	public Page of(Viewer viewer, int page, int size) {
		Instant now = clock.now();
		List<Row> rows = assessments.watchList(viewer.teamIds(), page * size, size).stream()
			.map(a -> new Row(a.caseId(), a.reference(), a.level(), a.mainReason(), a.nextStep(), a.lastActionAt(),
					Phrase.of("urgency.age", Word.number(Math.max(0, Duration.between(a.lastActionAt(), now).toDays()))), a.assessedAt()))
			.toList();
		int counted = page * size + size + COUNTED_AHEAD;
		int total = assessments.countOpen(viewer.teamIds(), counted + 1);
		return new Page(rows, page, size, Math.min(total, counted), total > counted);
	}

}
