package org.vigil.whereabouts.internal;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.EditRule;
import org.vigil.platform.Refusal;
import org.vigil.platform.Refused;
import org.vigil.platform.validation.PageLimits;
import org.vigil.whereabouts.internal.WhereaboutsApiModels.EntryRequest;
import org.vigil.whereabouts.internal.WhereaboutsApiModels.EntryResponse;
import org.vigil.whereabouts.internal.WhereaboutsApiModels.ReadingAnswer;
import org.vigil.whereabouts.internal.WhereaboutsApiModels.ReportRequest;
import org.vigil.whereabouts.internal.WhereaboutsApiModels.Saved;
import org.vigil.whereabouts.internal.WhereaboutsApiModels.WhereaboutsResponse;

/**
 * The whereabouts API: {@code GET} the timeline, {@code POST} an entry, {@code PUT} and
 * {@code DELETE …/{entryId}} with the {@code version} it was loaded at, {@code POST …/reports} to read
 * a contact's report into proposals, {@code GET …/map} for the map. An entry that raises doubts
 * answers {@code 409} with {@code refusal} {@code INCONSISTENT_ENTRY} and the doubts in {@code flags};
 * send it again with them in {@code confirmed} to record it anyway.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/whereabouts")
class WhereaboutsApiController {

	/** The body of a {@code DELETE}, when the version is not given as a parameter. */
	record VersionRequest(Long version) {
	}

	/** How many entries a page holds unless the caller asks for fewer: the most a page may hold. */
	static final int DEFAULT_SIZE = PageLimits.MAX_SIZE;

	private final WhereaboutsRecords records;

	private final Reports reports;

	private final CurrentViewer viewers;

	private final MapSteps map;

	WhereaboutsApiController(WhereaboutsRecords records, Reports reports, CurrentViewer viewers, MapSteps map) {
		this.map = map;
		this.records = records;
		this.reports = reports;
		this.viewers = viewers;
	}

	/**
	 * Reads a case's whereabouts, a page at a time: each person's timeline of custody, sightings,
	 * expected transfers and hiding, with distances to the border. Pages hold {@value #DEFAULT_SIZE}
	 * entries unless {@code size} says otherwise, which covers the whole timeline of nearly every case.
	 */
	@GetMapping
	WhereaboutsResponse readWhereabouts(CaseStanding standing,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageLimits.MAX_PAGE) int page,
			@RequestParam(defaultValue = "" + DEFAULT_SIZE) @Min(1) @Max(PageLimits.MAX_SIZE) int size) {
		WhereaboutsRecords.TimelinePage found = records.timeline(viewers.get(), standing, page, size);
		Timeline timeline = found.timeline();
		return new WhereaboutsResponse(standing.caseId(), timeline.fearedReturn(), timeline.revealed(),
				timeline.entries().stream().map(EntryResponse::of).toList(), found.page(), found.size(), found.total(),
				found.totalPages());
	}

	/** Records a whereabouts entry; one that does not fit the others answers 409 with its doubts until each is confirmed. */
	@PostMapping
	ResponseEntity<Saved> recordWhereabouts(CaseStanding standing, @Valid @RequestBody EntryRequest request) {
		Saved saved = saved(records.record(viewers.get(), standing, request.draft()));
		return ResponseEntity.created(URI.create("/api/cases/" + standing.caseId() + "/whereabouts#" + saved.id())).body(saved);
	}

	/** Corrects a whereabouts entry, with the version read. */
	@PutMapping("/{entryId}")
	Saved correctWhereabouts(CaseStanding standing, @PathVariable UUID entryId, @Valid @RequestBody EntryRequest request) {
		try {
			return saved(records.correct(viewers.get(), standing, entryId, request.draft(), request.version()));
		}
		catch (Refused refused) {
			if (refused.refusal().rule() == EditRule.STALE_VERSION) {
				Refusal stale = refused.refusal().with("current", EntryResponse.of(records.entry(standing, entryId)));
				throw stale.toException();
			}
			throw refused;
		}
	}

	/** Removes a whereabouts entry, with the version read; the history keeps it. */
	@DeleteMapping("/{entryId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeWhereabouts(CaseStanding standing, @PathVariable UUID entryId, @RequestParam(required = false) Long version,
			@RequestBody(required = false) VersionRequest body) {
		records.remove(viewers.get(), standing, entryId, version != null ? version : body == null ? null : body.version());
	}

	/** Reads a contact's pasted report into proposed entries, to be confirmed one by one; nothing is recorded yet. */
	@PostMapping("/reports")
	ResponseEntity<ReadingAnswer> readReport(CaseStanding standing, @Valid @RequestBody ReportRequest request) {
		ReadingAnswer answer = ReadingAnswer.of(reports.receive(viewers.get(), standing, request.text(), request.reportedOn(),
				request.sourceId()));
		return ResponseEntity.status(HttpStatus.CREATED).body(answer);
	}

	/**
	 * Reads the map of a case's whereabouts: each person's path through their latest
	 * {@value WhereaboutsMap#LATEST_POINTS} entries, the places and each place's distance to the border.
	 */
	@GetMapping("/map")
	WhereaboutsMap mapWhereabouts(CaseStanding standing) {
		return map.of(standing);
	}

	private static Saved saved(WhereaboutsRecords.Outcome outcome) {
		if (outcome instanceof WhereaboutsRecords.Flagged flagged) {
			throw Refusal.of(WhereaboutsRule.INCONSISTENT_ENTRY).with("flags", flagged.flags().stream().sorted().toList()).toException();
		}
		WhereaboutsRecords.Stored stored = (WhereaboutsRecords.Stored) outcome;
		return new Saved(stored.entryId(), stored.version());
	}


}
