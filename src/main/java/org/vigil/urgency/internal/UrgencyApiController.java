package org.vigil.urgency.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.api.ApiPage;
import org.vigil.urgency.UrgencyLevel;

/**
 * Urgency in the API, reasons and next steps in the request's language:
 * <ul>
 * <li>{@code GET /api/cases/{id}/urgency} — {@code {"level", "reasons", "nextStep", "levelSince", "assessedAt"}};</li>
 * <li>{@code GET /api/watch-list?page=&size=} — the open cases of the caller's teams, most urgent first;</li>
 * <li>{@code GET /api/alerts} — the open alerts of the caller's teams;
 * {@code POST /api/alerts/{id}/acknowledge {"version"}} acknowledges one.</li>
 * </ul>
 */
@RestController
class UrgencyApiController {

	record UrgencyResponse(UrgencyLevel level, List<String> reasons, String nextStep, Instant levelSince, Instant assessedAt) {
	}

	record WatchedCase(UUID caseId, String reference, UrgencyLevel level, String reason, String nextStep, Instant lastActionAt,
			Instant assessedAt) {
	}


	record AlertResponse(UUID id, UUID caseId, String reference, UrgencyLevel level, Instant raisedAt, Instant escalatedAt, long version) {

		static AlertResponse of(Alert alert) {
			return new AlertResponse(alert.id(), alert.caseId(), alert.reference(), alert.level(), alert.raisedAt(), alert.escalatedAt(),
					alert.version());
		}

	}

	record Acknowledgement(Long version) {
	}

	private final Reassessment reassessment;

	private final WatchList watchList;

	private final Alerts alerts;

	private final PhraseWords words;

	private final CurrentViewer viewers;

	UrgencyApiController(Reassessment reassessment, WatchList watchList, Alerts alerts, PhraseWords words, CurrentViewer viewers) {
		this.reassessment = reassessment;
		this.watchList = watchList;
		this.alerts = alerts;
		this.words = words;
		this.viewers = viewers;
	}

	/** Reads how urgent a case is, why, and the next step. */
	@GetMapping("/api/cases/{caseId}/urgency")
	UrgencyResponse readUrgency(CaseStanding standing) {
		StoredAssessment assessment = reassessment.current(standing.caseId());
		return new UrgencyResponse(assessment.level(), words.say(assessment.reasons()), words.say(assessment.nextStep()),
				assessment.levelSince(), assessment.assessedAt());
	}

	/**
	 * Lists the open cases the caller may see, most urgent first, a page at a time. The count stops
	 * 1 000 cases past the page: beyond, {@code totalItems} and {@code totalPages} say how far it
	 * counted, and the next page is there.
	 */
	@GetMapping("/api/watch-list")
	ApiPage<WatchedCase> readWatchList(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		WatchList.check(page, size).ifPresent(refusal -> {
			throw refusal.toException();
		});
		WatchList.Page shown = watchList.of(viewers.get(), page == null ? 0 : page, size == null ? WatchList.PAGE_SIZE : size);
		return new ApiPage<>(shown.rows().stream()
			.map(row -> new WatchedCase(row.caseId(), row.reference(), row.level(), row.reason() == null ? null : words.say(row.reason()),
					words.say(row.nextStep()), row.lastActionAt(), row.assessedAt()))
			.toList(), shown.number(), shown.size(), shown.total(), (shown.total() + shown.size() - 1) / shown.size());
	}

	/** Lists the caller's open alerts: cases that became imminent, newest first. */
	@GetMapping("/api/alerts")
	List<AlertResponse> listAlerts() {
		return alerts.open(viewers.get()).stream().map(AlertResponse::of).toList();
	}

	/** Acknowledges an alert, so that it is not escalated to the team's reviewers. */
	@PostMapping("/api/alerts/{alertId}/acknowledge")
	Map<String, Object> acknowledgeAlert(@PathVariable UUID alertId, @RequestBody(required = false) Acknowledgement body) {
		Viewer viewer = viewers.get();
		alerts.acknowledge(viewer, alertId, body == null ? null : body.version()).ifPresent(refusal -> {
			throw refusal.toException();
		});
		return Map.of("acknowledged", true);
	}

}
