package org.vigil.whereabouts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.vigil.cases.DatePrecision;
import org.vigil.cases.Reliability;
import org.vigil.cases.SourceEntry;
import org.vigil.geo.PlaceCandidate;
import org.vigil.platform.Refusal;
import org.vigil.platform.Refused;
import org.vigil.platform.validation.CountryCode;
import org.vigil.whereabouts.Certainty;
import org.vigil.whereabouts.FuzzyDate;
import org.vigil.whereabouts.PlaceRef;

/** The JSON shapes of the whereabouts API. */
final class WhereaboutsApiModels {

	private WhereaboutsApiModels() {
	}

	/** A place: a gazetteer id ({@code placeId}), or coordinates with an optional name. */
	record PlaceRequest(@Size(max = 64) @PlainText String placeId, @Size(max = 200) @PlainText String name,
			@DecimalMin("-90") @DecimalMax("90") Double lat, @DecimalMin("-180") @DecimalMax("180") Double lon) {

		PlaceInput input() {
			return new PlaceInput(placeId, name, lat, lon);
		}

	}

	/**
	 * A date as well as it is known: {@code earliest} alone for a day; with {@code latest} a range;
	 * {@code approximate} for "about". Days from 1950-01-01 to two years from today.
	 */
	record DateRequest(@NotNull LocalDate earliest, LocalDate latest, DatePrecision precision, Boolean approximate) {

		FuzzyDate date(String field) {
			LocalDate last = latest == null ? earliest : latest;
			if (last.isBefore(earliest)) {
				throw Refusal.onField(WhereaboutsRule.DATE_RANGE_REVERSED, field).toException();
			}
			DatePrecision p = precision != null ? precision : earliest.equals(last) ? DatePrecision.EXACT : DatePrecision.ESTIMATED;
			return new FuzzyDate(earliest, last, p, Boolean.TRUE.equals(approximate));
		}

		static DateRequest of(FuzzyDate d) {
			return d == null ? null : new DateRequest(d.earliest(), d.latest(), d.precision(), d.approximate());
		}

	}

	/**
	 * An entry as sent to {@code POST /api/cases/{id}/whereabouts} and {@code PUT …/{entryId}}
	 * ({@code version} required there). {@code notes} and, for {@code HIDING}, the place are protected.
	 * {@code confirmed} lists the doubts ({@code flags} of a 409 answer) the caller confirms.
	 */
	record EntryRequest(
			@NotNull UUID personId,
			@NotNull EntryKind kind,
			@Valid PlaceRequest place,
			@Valid PlaceRequest from,
			@Size(max = 200) @PlainText String custodian,
			@CountryCode String custodianCountry,
			@Size(max = 200) @PlainText String facility,
			@Size(max = 200) @PlainText String intoHandsOf,
			@CountryCode String receivingState,
			@NotNull @Valid DateRequest date,
			@Valid DateRequest until,
			Certainty certainty,
			UUID sourceId,
			LocalDate reportedOn,
			@Size(max = 4000) @PlainText(lines = true) String notes,
			UUID reportId,
			@jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(ReportReader.MAX_PROPOSALS) Integer reportProposal,
			@Size(max = 10) List<@NotNull Inconsistency> confirmed,
			Long version) {

		EntryDraft draft() {
			List<Refusal> refusals = new ArrayList<>();
			FuzzyDate from = dateOf(date, "date", refusals);
			FuzzyDate to = dateOf(until, "until", refusals);
			if (reportedOn != null && (reportedOn.isBefore(WhereaboutsRecords.FIRST_DAY) || reportedOn.isAfter(LocalDate.now().plusDays(1)))) {
				refusals.add(Refusal.onField(WhereaboutsRule.DATE_OUT_OF_RANGE, "reportedOn", WhereaboutsRecords.FIRST_DAY,
						LocalDate.now().plusDays(1)));
			}
			if (!refusals.isEmpty()) {
				throw new Refused(refusals);
			}
			Set<Inconsistency> flags = confirmed == null || confirmed.isEmpty() ? EnumSet.noneOf(Inconsistency.class)
					: EnumSet.copyOf(confirmed);
			return new EntryDraft(personId, kind, place == null ? null : place.input(), this.from == null ? null : this.from.input(),
					custodian, custodianCountry == null || custodianCountry.isEmpty() ? null : custodianCountry, facility, intoHandsOf,
					receivingState == null || receivingState.isEmpty() ? null : receivingState, from, to, certainty, sourceId, reportedOn,
					notes, reportId, reportProposal, flags);
		}

		private static FuzzyDate dateOf(DateRequest request, String field, List<Refusal> refusals) {
			if (request == null) {
				return null;
			}
			try {
				FuzzyDate date = request.date(field);
				WhereaboutsRecords.checkDate(refusals, field, date);
				return date;
			}
			catch (Refused refused) {
				refusals.addAll(refused.refusals());
				return null;
			}
		}

	}

	/** The source an entry names, as the caller may see it. */
	record SourceAnswer(UUID id, String label, Reliability reliability, boolean confidential, boolean withheld) {

		static SourceAnswer of(SourceEntry s) {
			return s == null ? null : new SourceAnswer(s.id(), s.label(), s.reliability(), s.confidential(), s.withheld());
		}

	}

	/**
	 * An entry as the API answers it. {@code place} is absent for a place of hiding not revealed to
	 * the caller, {@code notes} unless revealed; {@code kmToFearedReturn} is the distance of the place
	 * to the country of feared return (0 inside it).
	 */
	record EntryResponse(UUID id, UUID personId, String personLabel, EntryKind kind, boolean current, PlaceRef place, PlaceRef from,
			String custodian, String custodianCountry, String facility, String intoHandsOf, String receivingState, DateRequest date,
			DateRequest until, Certainty certainty, SourceAnswer source, LocalDate reportedOn, String notes, boolean hasNotes,
			boolean hidden, boolean purged, Set<Inconsistency> confirmedFlags, Double kmToFearedReturn, Double fromKmToFearedReturn,
			UUID reportId, String updatedBy, Instant updatedAt, long version) {

		static EntryResponse of(EntryView e) {
			return new EntryResponse(e.id(), e.personId(), e.personLabel(), e.kind(), e.current(), e.place(), e.from(), e.custodian(),
					e.custodianCountry(), e.facility(), e.intoHandsOf(), e.receivingState(), DateRequest.of(e.date()),
					DateRequest.of(e.until()), e.certainty(), SourceAnswer.of(e.source()), e.reportedOn(), e.notes(), e.hasNotes(),
					e.hidden(), e.purged(), e.confirmedFlags(), e.km(), e.fromKm(), e.reportId(), e.updatedBy(), e.updatedAt(), e.version());
		}

	}

	/**
	 * {@code GET /api/cases/{id}/whereabouts}: a page of entries, person by person, each person's in
	 * the order it happened; {@code totalEntries} and {@code totalPages} say how much the whole timeline holds.
	 */
	record WhereaboutsResponse(UUID caseId, String countryOfFearedReturn, boolean revealed, List<EntryResponse> entries, int page,
			int size, long totalEntries, int totalPages) {
	}

	record Saved(UUID id, long version) {
	}

	/** A report to read: the pasted text (up to 20 000 characters), the day it was made, and who made it. */
	record ReportRequest(@Size(max = ReportReader.MAX_TEXT) @PlainText(lines = true) String text, LocalDate reportedOn, UUID sourceId) {
	}

	record CandidateAnswer(String id, String name, String admin1, String country, double lat, double lon, double score) {

		static CandidateAnswer of(PlaceCandidate c) {
			return new CandidateAnswer(c.place().id(), c.place().name(), c.place().admin1(), c.place().country(), c.place().lat(),
					c.place().lon(), Math.round(c.score() * 1000) / 1000.0);
		}

	}

	/** A place a proposal names: the words written and what they may mean, best first. */
	record PlaceAnswer(String text, List<CandidateAnswer> candidates, boolean clearlyBest) {
	}

	record ProposalAnswer(int index, EntryKind kind, String quote, PlaceAnswer place, PlaceAnswer from, DateRequest date,
			boolean dateGiven, DateRequest until, Certainty certainty, String custodian, String intoHandsOf, String receivingState,
			boolean confirmed) {

		static ProposalAnswer of(Proposal p, boolean confirmed) {
			PlaceAnswer from = p.fromText() == null ? null
					: new PlaceAnswer(p.fromText(), p.fromCandidates().stream().map(CandidateAnswer::of).toList(), false);
			return new ProposalAnswer(p.index(), p.kind(), p.quote(),
					new PlaceAnswer(p.placeText(), p.candidates().stream().map(CandidateAnswer::of).toList(), p.clearlyBest()), from,
					DateRequest.of(p.date()), p.dateGiven(), DateRequest.of(p.until()), p.certainty(), p.custodian(), p.intoHandsOf(),
					p.receivingState(), confirmed);
		}

	}

	/** What a report seems to say: confirm each proposal by sending it as an entry with {@code reportId} and {@code reportProposal}. */
	record ReadingAnswer(UUID reportId, LocalDate reportedOn, UUID sourceId, List<ProposalAnswer> proposals) {

		static ReadingAnswer of(Reports.Reading r) {
			return new ReadingAnswer(r.reportId(), r.reportedOn(), r.sourceId(),
					r.proposals().stream().map(p -> ProposalAnswer.of(p, r.confirmed().contains(p.index()))).toList());
		}

	}

}
