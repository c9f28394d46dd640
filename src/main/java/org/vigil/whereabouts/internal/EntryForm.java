package org.vigil.whereabouts.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.vigil.cases.DatePrecision;
import org.vigil.platform.Refusal;
import org.vigil.platform.Refused;
import org.vigil.platform.validation.CountryCode;
import org.vigil.whereabouts.Certainty;
import org.vigil.whereabouts.FuzzyDate;

/**
 * The entry form of the pages, for a new entry, a correction, or a proposal being confirmed. A place
 * is written as text ({@code placeText}) and resolved when saved; a place picked from the candidates
 * comes as {@code placeId}, and coordinates are the way out when the gazetteer does not know it.
 */
public class EntryForm {

	/** Where a refusal by field name of the API goes on this form. */
	private static final Map<String, String> FIELDS = Map.of("place", "placeText", "from", "fromText", "date", "dateEarliest", "until",
			"untilEarliest");

	@NotNull
	private UUID personId;

	@NotNull
	private EntryKind kind = EntryKind.CUSTODY;

	@Size(max = 200)
	@PlainText
	private String placeText;

	@Size(max = 64)
	@PlainText
	private String placeId;

	@DecimalMin("-90")
	@DecimalMax("90")
	private Double lat;

	@DecimalMin("-180")
	@DecimalMax("180")
	private Double lon;

	@Size(max = 200)
	@PlainText
	private String fromText;

	@Size(max = 64)
	@PlainText
	private String fromPlaceId;

	@Size(max = 200)
	@PlainText
	private String custodian;

	@CountryCode
	private String custodianCountry;

	@Size(max = 200)
	@PlainText
	private String facility;

	@Size(max = 200)
	@PlainText
	private String intoHandsOf;

	@CountryCode
	private String receivingState;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dateEarliest;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dateLatest;

	private boolean dateApproximate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate untilEarliest;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate untilLatest;

	private boolean untilApproximate;

	private Certainty certainty = Certainty.REPORTED;

	private UUID sourceId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reportedOn;

	@Size(max = 4000)
	@PlainText(lines = true)
	private String notes;

	private UUID reportId;

	private Integer reportProposal;

	@Size(max = 10)
	private List<Inconsistency> confirmed = new ArrayList<>();

	private Long version;

	/** The form filled with what a proposal says, its best place picked. */
	static EntryForm of(Proposal p, UUID personId, UUID reportId, LocalDate reportedOn, UUID sourceId) {
		EntryForm form = new EntryForm();
		form.personId = personId;
		form.kind = p.kind();
		form.placeText = p.placeText();
		form.placeId = p.best() == null ? null : p.best().place().id();
		form.fromText = p.fromText();
		form.fromPlaceId = p.bestFrom() == null ? null : p.bestFrom().place().id();
		form.custodian = p.custodian();
		form.intoHandsOf = p.intoHandsOf();
		form.receivingState = p.receivingState();
		form.setDate(p.date());
		if (p.until() != null) {
			form.untilEarliest = p.until().earliest();
			form.untilLatest = p.until().latest();
			form.untilApproximate = p.until().approximate();
		}
		form.certainty = p.certainty();
		form.reportId = reportId;
		form.reportProposal = p.index();
		form.reportedOn = reportedOn;
		form.sourceId = sourceId;
		return form;
	}

	/** The form filled with an entry as the viewer sees it, for a correction. */
	static EntryForm of(EntryView e) {
		EntryForm form = new EntryForm();
		form.personId = e.personId();
		form.kind = e.kind();
		if (e.place() != null) {
			form.placeText = e.place().label();
			form.placeId = e.place().placeId();
			form.lat = e.place().placeId() == null ? e.place().lat() : null;
			form.lon = e.place().placeId() == null ? e.place().lon() : null;
		}
		if (e.from() != null) {
			form.fromText = e.from().label();
			form.fromPlaceId = e.from().placeId();
		}
		form.custodian = e.custodian();
		form.custodianCountry = e.custodianCountry();
		form.facility = e.facility();
		form.intoHandsOf = e.intoHandsOf();
		form.receivingState = e.receivingState();
		form.setDate(e.date());
		if (e.until() != null) {
			form.untilEarliest = e.until().earliest();
			form.untilLatest = e.until().latest();
			form.untilApproximate = e.until().approximate();
		}
		form.certainty = e.certainty();
		form.sourceId = e.source() == null ? null : e.source().id();
		form.reportedOn = e.reportedOn();
		form.notes = e.notes();
		form.reportId = e.reportId();
		form.confirmed = new ArrayList<>(e.confirmedFlags());
		form.version = e.version();
		return form;
	}

	private void setDate(FuzzyDate date) {
		dateEarliest = date.earliest();
		dateLatest = date.latest().equals(date.earliest()) ? null : date.latest();
		dateApproximate = date.approximate();
	}

	/**
	 * What the form says, its places as picked or typed.
	 * @param placeId the place the text was resolved to, or {@code null} for the one picked or the coordinates
	 */
	EntryDraft draft(String resolvedPlaceId, String resolvedFromId) {
		List<Refusal> refusals = new ArrayList<>();
		FuzzyDate date = date(dateEarliest, dateLatest, dateApproximate, "dateEarliest", refusals);
		FuzzyDate until = kind == EntryKind.CUSTODY ? date(untilEarliest, untilLatest, untilApproximate, "untilEarliest", refusals) : null;
		if (!refusals.isEmpty()) {
			throw new Refused(refusals);
		}
		String place = resolvedPlaceId != null ? resolvedPlaceId : blankToNull(placeId);
		PlaceInput at = place != null ? PlaceInput.of(place) : new PlaceInput(null, blankToNull(placeText), lat, lon);
		String fromId = resolvedFromId != null ? resolvedFromId : blankToNull(fromPlaceId);
		PlaceInput from = fromId != null ? PlaceInput.of(fromId) : null;
		return new EntryDraft(personId, kind, at, from, custodian, blankToNull(custodianCountry), facility, intoHandsOf,
				blankToNull(receivingState), date, until, certainty, sourceId, reportedOn, notes, reportId, reportProposal,
				confirmed == null || confirmed.isEmpty() ? EnumSet.noneOf(Inconsistency.class) : EnumSet.copyOf(confirmed));
	}

	private static FuzzyDate date(LocalDate earliest, LocalDate latest, boolean about, String field, List<Refusal> refusals) {
		if (earliest == null) {
			return null;
		}
		LocalDate last = latest == null ? earliest : latest;
		if (last.isBefore(earliest)) {
			refusals.add(Refusal.onField(WhereaboutsRule.DATE_RANGE_REVERSED, field));
			return null;
		}
		FuzzyDate date = new FuzzyDate(earliest, last, about || !last.equals(earliest) ? DatePrecision.ESTIMATED : DatePrecision.EXACT,
				about);
		List<Refusal> range = new ArrayList<>();
		WhereaboutsRecords.checkDate(range, field, date);
		refusals.addAll(range);
		return date;
	}

	/** The refusal with its field named as this form names it. */
	static Refusal onForm(Refusal refusal) {
		String field = refusal.field() == null ? null : FIELDS.getOrDefault(refusal.field(), refusal.field());
		return new Refusal(refusal.rule(), field, refusal.arguments(), refusal.details());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	// Bean properties for the form binding.

	public UUID getPersonId() { return personId; }
	public void setPersonId(UUID personId) { this.personId = personId; }
	public EntryKind getKind() { return kind; }
	public void setKind(EntryKind kind) { this.kind = kind; }
	public String getPlaceText() { return placeText; }
	public void setPlaceText(String placeText) { this.placeText = placeText; }
	public String getPlaceId() { return placeId; }
	public void setPlaceId(String placeId) { this.placeId = placeId; }
	public Double getLat() { return lat; }
	public void setLat(Double lat) { this.lat = lat; }
	public Double getLon() { return lon; }
	public void setLon(Double lon) { this.lon = lon; }
	public String getFromText() { return fromText; }
	public void setFromText(String fromText) { this.fromText = fromText; }
	public String getFromPlaceId() { return fromPlaceId; }
	public void setFromPlaceId(String fromPlaceId) { this.fromPlaceId = fromPlaceId; }
	public String getCustodian() { return custodian; }
	public void setCustodian(String custodian) { this.custodian = custodian; }
	public String getCustodianCountry() { return custodianCountry; }
	public void setCustodianCountry(String custodianCountry) { this.custodianCountry = custodianCountry; }
	public String getFacility() { return facility; }
	public void setFacility(String facility) { this.facility = facility; }
	public String getIntoHandsOf() { return intoHandsOf; }
	public void setIntoHandsOf(String intoHandsOf) { this.intoHandsOf = intoHandsOf; }
	public String getReceivingState() { return receivingState; }
	public void setReceivingState(String receivingState) { this.receivingState = receivingState; }
	public LocalDate getDateEarliest() { return dateEarliest; }
	public void setDateEarliest(LocalDate dateEarliest) { this.dateEarliest = dateEarliest; }
	public LocalDate getDateLatest() { return dateLatest; }
	public void setDateLatest(LocalDate dateLatest) { this.dateLatest = dateLatest; }
	public boolean isDateApproximate() { return dateApproximate; }
	public void setDateApproximate(boolean dateApproximate) { this.dateApproximate = dateApproximate; }
	public LocalDate getUntilEarliest() { return untilEarliest; }
	public void setUntilEarliest(LocalDate untilEarliest) { this.untilEarliest = untilEarliest; }
	public LocalDate getUntilLatest() { return untilLatest; }
	public void setUntilLatest(LocalDate untilLatest) { this.untilLatest = untilLatest; }
	public boolean isUntilApproximate() { return untilApproximate; }
	public void setUntilApproximate(boolean untilApproximate) { this.untilApproximate = untilApproximate; }
	public Certainty getCertainty() { return certainty; }
	public void setCertainty(Certainty certainty) { this.certainty = certainty; }
	public UUID getSourceId() { return sourceId; }
	public void setSourceId(UUID sourceId) { this.sourceId = sourceId; }
	public LocalDate getReportedOn() { return reportedOn; }
	public void setReportedOn(LocalDate reportedOn) { this.reportedOn = reportedOn; }
	public String getNotes() { return notes; }
	public void setNotes(String notes) { this.notes = notes; }
	public UUID getReportId() { return reportId; }
	public void setReportId(UUID reportId) { this.reportId = reportId; }
	public Integer getReportProposal() { return reportProposal; }
	public void setReportProposal(Integer reportProposal) { this.reportProposal = reportProposal; }
	public List<Inconsistency> getConfirmed() { return confirmed; }
	public void setConfirmed(List<Inconsistency> confirmed) { this.confirmed = confirmed; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }

}
