package org.vigil.whereabouts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vigil.cases.DatePrecision;
import org.vigil.whereabouts.Certainty;
import org.vigil.whereabouts.FuzzyDate;
import org.vigil.whereabouts.PlaceRef;

/**
 * One entry of a person's timeline. Places of custody, sightings and transfers are case data; a
 * place of hiding and the notes are sealed with the person's key (see {@link EntrySealing}), and
 * this class only ever holds their ciphertext.
 */
@Entity
@Table(name = "whereabouts_entries")
class WhereaboutsEntry {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID caseId;

	@Column(nullable = false)
	private UUID personId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private EntryKind kind;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "id", column = @Column(name = "place_id")),
			@AttributeOverride(name = "name", column = @Column(name = "place_name")),
			@AttributeOverride(name = "admin1", column = @Column(name = "place_admin1")),
			@AttributeOverride(name = "country", column = @Column(name = "place_country")),
			@AttributeOverride(name = "lat", column = @Column(name = "place_lat")),
			@AttributeOverride(name = "lon", column = @Column(name = "place_lon")) })
	private EntryPlace place;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "id", column = @Column(name = "from_place_id")),
			@AttributeOverride(name = "name", column = @Column(name = "from_place_name")),
			@AttributeOverride(name = "admin1", column = @Column(name = "from_place_admin1")),
			@AttributeOverride(name = "country", column = @Column(name = "from_place_country")),
			@AttributeOverride(name = "lat", column = @Column(name = "from_place_lat")),
			@AttributeOverride(name = "lon", column = @Column(name = "from_place_lon")) })
	private EntryPlace fromPlace;

	/** Sealed (see EntrySealing). */
	@Column(columnDefinition = "text")
	private String hidingPlace;

	@Column(length = 200)
	private String custodian;

	@Column(length = 2)
	private String custodianCountry;

	@Column(length = 200)
	private String facility;

	@Column(length = 200)
	private String intoHandsOf;

	@Column(length = 2)
	private String receivingState;

	@Column(nullable = false)
	private LocalDate dateEarliest;

	@Column(nullable = false)
	private LocalDate dateLatest;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DatePrecision datePrecision;

	private boolean dateApproximate;

	private LocalDate untilEarliest;

	private LocalDate untilLatest;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private DatePrecision untilPrecision;

	private boolean untilApproximate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Certainty certainty;

	private UUID sourceId;

	private LocalDate reportedOn;

	/** Sealed (see EntrySealing). */
	@Column(columnDefinition = "text")
	private String notes;

	private UUID reportId;

	private Integer reportProposal;

	@Column(nullable = false, length = 200)
	private String confirmedFlags = "";

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected WhereaboutsEntry() {
	}

	WhereaboutsEntry(UUID id, UUID caseId, String by) {
		this.id = id;
		this.caseId = caseId;
		this.createdBy = by;
		this.createdAt = Instant.now();
	}

	/**
	 * Takes what the entry now says.
	 * @param content in clear, but for the place of hiding and the notes, which come sealed
	 */
	void apply(EntryContent content, String sealedHidingPlace, String sealedNotes, String by) {
		this.personId = content.personId();
		this.kind = content.kind();
		this.place = content.kind().hasPublicPlace() ? EntryPlace.of(content.place()) : null;
		this.hidingPlace = content.kind().hasPublicPlace() ? null : sealedHidingPlace;
		this.fromPlace = content.kind() == EntryKind.TRANSFER ? EntryPlace.of(content.from()) : null;
		this.custodian = content.custodian();
		this.custodianCountry = content.custodianCountry();
		this.facility = content.facility();
		this.intoHandsOf = content.intoHandsOf();
		this.receivingState = content.receivingState();
		FuzzyDate date = content.date();
		this.dateEarliest = date.earliest();
		this.dateLatest = date.latest();
		this.datePrecision = date.precision();
		this.dateApproximate = date.approximate();
		FuzzyDate until = content.until();
		this.untilEarliest = until == null ? null : until.earliest();
		this.untilLatest = until == null ? null : until.latest();
		this.untilPrecision = until == null ? null : until.precision();
		this.untilApproximate = until != null && until.approximate();
		this.certainty = content.certainty();
		this.sourceId = content.sourceId();
		this.reportedOn = content.reportedOn();
		this.notes = sealedNotes;
		this.reportId = content.reportId();
		this.reportProposal = content.reportProposal();
		this.confirmedFlags = content.confirmed().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	/**
	 * What the entry says, with the place of hiding and the notes given (opened by the caller, or
	 * {@code null} when they are not to be shown).
	 */
	EntryContent content(PlaceRef openedHidingPlace, String openedNotes) {
		return new EntryContent(personId, kind, kind.hasPublicPlace() ? place(place) : openedHidingPlace, place(fromPlace), custodian,
				custodianCountry, facility, intoHandsOf, receivingState, date(), until(), certainty, sourceId, reportedOn, openedNotes,
				reportId, reportProposal, confirmedFlags());
	}

	FuzzyDate date() {
		return new FuzzyDate(dateEarliest, dateLatest, datePrecision, dateApproximate);
	}

	FuzzyDate until() {
		return untilEarliest == null ? null : new FuzzyDate(untilEarliest, untilLatest, untilPrecision, untilApproximate);
	}

	Set<Inconsistency> confirmedFlags() {
		if (confirmedFlags == null || confirmedFlags.isBlank()) {
			return Set.of();
		}
		Set<Inconsistency> flags = EnumSet.noneOf(Inconsistency.class);
		Arrays.stream(confirmedFlags.split(",")).map(Inconsistency::valueOf).forEach(flags::add);
		return flags;
	}

	private static PlaceRef place(EntryPlace stored) {
		return stored == null ? null : stored.ref();
	}

	UUID id() {
		return id;
	}

	UUID caseId() {
		return caseId;
	}

	UUID personId() {
		return personId;
	}

	EntryKind kind() {
		return kind;
	}

	String sealedHidingPlace() {
		return hidingPlace;
	}

	String sealedNotes() {
		return notes;
	}

	UUID reportId() {
		return reportId;
	}

	Integer reportProposal() {
		return reportProposal;
	}

	UUID sourceId() {
		return sourceId;
	}

	String createdBy() {
		return createdBy;
	}

	Instant createdAt() {
		return createdAt;
	}

	String updatedBy() {
		return updatedBy;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	long version() {
		return version;
	}

}
