package org.vigil.followup.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.Outcome;

/**
 * What an appeal achieved: its status (HURIDOCS MT45) and the case's outcome. Recording is for advocacy
 * officers and reviewers of the case's team ({@code 403} otherwise).
 */
@RestController
class OutcomeApiController {

	/** Recording an appeal's outcome; {@code version} of the record read, none for the first. */
	public record OutcomeRequest(@NotNull InterventionStatus appealStatus, @NotNull Outcome caseOutcome, @PositiveOrZero Long version) {
	}

	/** An appeal's recorded status and its case's outcome, by whom and when. */
	public record OutcomeResponse(UUID appealId, InterventionStatus appealStatus, Outcome caseOutcome, Instant recordedAt, String recordedBy,
			Long version) {

		static OutcomeResponse of(Outcomes.Recorded r) {
			return new OutcomeResponse(r.appealId(), r.appealStatus(), r.caseOutcome(), r.recordedAt(), r.recordedBy(), r.version());
		}

		/** Nothing recorded yet: every field but the appeal's id is {@code null}; record the first one without a version. */
		static OutcomeResponse none(UUID appealId) {
			return new OutcomeResponse(appealId, null, null, null, null, null);
		}

	}

	private final Outcomes outcomes;

	private final CurrentViewer viewers;

	OutcomeApiController(Outcomes outcomes, CurrentViewer viewers) {
		this.outcomes = outcomes;
		this.viewers = viewers;
	}

	/** Reads the appeal's recorded status and its case's outcome (all {@code null} while none was recorded). */
	@GetMapping("/api/cases/{caseId}/appeals/{appealId}/outcome")
	OutcomeResponse readOutcome(CaseStanding standing, @PathVariable UUID appealId) {
		return outcomes.of(standing, appealId).map(OutcomeResponse::of).orElseGet(() -> OutcomeResponse.none(appealId));
	}

	/**
	 * Records the appeal's status and its case's outcome; released or reached safety closes the case's open follow-up tasks.
	 */
	@PutMapping("/api/cases/{caseId}/appeals/{appealId}/outcome")
	OutcomeResponse recordOutcome(CaseStanding standing, @PathVariable UUID appealId, @Valid @RequestBody OutcomeRequest request) {
		return OutcomeResponse.of(outcomes.record(viewers.get(), standing, appealId, request.appealStatus(), request.caseOutcome(),
				request.version()));
	}

}
