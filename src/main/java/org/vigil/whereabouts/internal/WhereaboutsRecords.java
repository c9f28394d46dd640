package org.vigil.whereabouts.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.PersonDirectory;
import org.vigil.cases.SourceDirectory;
import org.vigil.platform.EditRule;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.vault.KeyDestroyedException;
import org.vigil.whereabouts.FuzzyDate;
import org.vigil.whereabouts.PlaceRef;
import org.vigil.whereabouts.WhereaboutsChanged;

/**
 * Recording, correcting and removing the entries of a case's timeline, in a case whose standing was
 * checked for the request. An entry that raises doubts ({@link ConsistencyPolicy}) is stored only
 * once the user confirms each doubt; every change is audited by entry id and announced as
 * {@link WhereaboutsChanged} inside the transaction.
 */
@Service
@Transactional
class WhereaboutsRecords {

	/** The earliest day an entry may name: older events are history, not whereabouts. */
	static final LocalDate FIRST_DAY = LocalDate.of(1950, 1, 1);

	/** How far ahead an expected transfer may be dated. */
	static final int YEARS_AHEAD = 2;

	/** What became of a write: stored, or held back for the doubts it raises. */
	sealed interface Outcome permits Stored, Flagged {
	}

	record Stored(UUID entryId, long version) implements Outcome {
	}

	/** Nothing was stored: the entry raises doubts the user did not confirm (all of them are listed). */
	record Flagged(Set<Inconsistency> flags) implements Outcome {
	}

	private final WhereaboutsEntryRepository entries;

	private final ReportRepository reports;

	private final PersonDirectory persons;

	private final SourceDirectory sources;

	private final PlaceFinder places;

	private final EntrySealing sealing;

	private final TimelineViews views;

	private final WhereaboutsAudit audit;

	private final ApplicationEventPublisher events;

	WhereaboutsRecords(WhereaboutsEntryRepository entries, ReportRepository reports, PersonDirectory persons, SourceDirectory sources,
			PlaceFinder places, EntrySealing sealing, TimelineViews views, WhereaboutsAudit audit, ApplicationEventPublisher events) {
		this.entries = entries;
		this.reports = reports;
		this.persons = persons;
		this.sources = sources;
		this.places = places;
		this.sealing = sealing;
		this.views = views;
		this.audit = audit;
		this.events = events;
	}

	/** One page of a case's timeline, and how many entries the whole timeline has. */
	record TimelinePage(Timeline timeline, int page, int size, long total) {

		public int totalPages() {
			return (int) ((total + size - 1) / size);
		}

		public boolean hasNext() {
			return (long) (page + 1) * size < total;
		}

	}

	/**
	 * One page of the case's timeline as the viewer may see it, person by person, each person's
	 * entries in the order they happened; a read of revealed protected values is audited.
	 */
	@Transactional(readOnly = true)
	TimelinePage timeline(Viewer viewer, CaseStanding standing, int page, int size) {
		List<WhereaboutsEntry> found = entries.page(standing.caseId(), size, (long) page * size);
		long total = found.isEmpty() && page == 0 ? 0 : entries.countByCaseId(standing.caseId());
		return new TimelinePage(audited(viewer, standing, views.of(standing, found)), page, size, total);
	}

	/**
	 * Each person's latest entry saying where they are and latest expected transfer, with how many
	 * entries came before: what the case page's summary lines say; audited like {@link #timeline}.
	 */
	@Transactional(readOnly = true)
	Timeline summary(Viewer viewer, CaseStanding standing) {
		return audited(viewer, standing, views.of(standing, entries.latestPlaceAndTransferOfEachPerson(standing.caseId()), totals(standing)));
	}

	/** One page of one person's timeline (404 for a person not of the case), audited like {@link #timeline}. */
	@Transactional(readOnly = true)
	TimelinePage timelineOf(Viewer viewer, CaseStanding standing, UUID personId, int page, int size) {
		if (persons.persons(standing).stream().noneMatch(p -> p.id().equals(personId))) {
			throw new NotFoundException("Person");
		}
		List<WhereaboutsEntry> found = entries.pageOfPerson(standing.caseId(), personId, size, (long) page * size);
		long total = found.isEmpty() && page == 0 ? 0 : entries.countByCaseIdAndPersonId(standing.caseId(), personId);
		Timeline timeline = views.of(standing, found);
		Timeline own = new Timeline(timeline.persons().stream().filter(p -> p.person().id().equals(personId)).toList(),
				timeline.fearedReturn(), timeline.revealed());
		return new TimelinePage(audited(viewer, standing, own), page, size, total);
	}

	private Timeline audited(Viewer viewer, CaseStanding standing, Timeline timeline) {
		long opened = timeline.entries().stream().filter(e -> !e.hidden() && (e.hasNotes() || e.kind() == EntryKind.HIDING)).count();
		if (timeline.revealed() && opened > 0) {
			audit.record(viewer, "identity.read", standing.caseId(), Map.of("records", String.valueOf(opened)));
		}
		return timeline;
	}

	private Map<UUID, Long> totals(CaseStanding standing) {
		Map<UUID, Long> totals = new java.util.HashMap<>();
		for (Object[] row : entries.countsByPerson(standing.caseId())) {
			totals.put((UUID) row[0], ((Number) row[1]).longValue());
		}
		return totals;
	}

	/** Whether the viewer may record entries at all (the page offers the forms only then). */
	static boolean mayRecord(CaseStanding standing) {
		return standing.mayChange() && !standing.purged();
	}

	Outcome record(Viewer viewer, CaseStanding standing, EntryDraft draft) {
		requireWrite(standing);
		EntryContent content = resolve(standing, draft);
		UUID entryId = UUID.randomUUID();
		Set<Inconsistency> flags = ConsistencyPolicy.check(content, othersOf(standing.caseId(), content.personId(), null));
		if (!content.confirmed().containsAll(flags)) {
			return new Flagged(flags);
		}
		WhereaboutsEntry entry = new WhereaboutsEntry(entryId, standing.caseId(), viewer.username());
		seal(entry, content.withConfirmed(flags), viewer, standing);
		entries.saveAndFlush(entry);
		audit.record(viewer, "whereabouts.recorded", standing.caseId(), details(entry));
		events.publishEvent(new WhereaboutsChanged(standing.caseId()));
		return new Stored(entryId, entry.version());
	}

	/** @param version the version the correction was made on; required */
	Outcome correct(Viewer viewer, CaseStanding standing, UUID entryId, EntryDraft draft, Long version) {
		requireWrite(standing);
		WhereaboutsEntry entry = entries.findByIdAndCaseId(entryId, standing.caseId()).orElseThrow(() -> new NotFoundException("Entry"));
		EntryContent content = resolve(standing, draft);
		requireVersion(entry, version, content);
		Set<Inconsistency> flags = ConsistencyPolicy.check(content, othersOf(standing.caseId(), content.personId(), entryId));
		if (!content.confirmed().containsAll(flags)) {
			return new Flagged(flags);
		}
		seal(entry, content.withConfirmed(flags), viewer, standing);
		entries.saveAndFlush(entry);
		audit.record(viewer, "whereabouts.corrected", standing.caseId(), details(entry));
		events.publishEvent(new WhereaboutsChanged(standing.caseId()));
		return new Stored(entryId, entry.version());
	}

	void remove(Viewer viewer, CaseStanding standing, UUID entryId, Long version) {
		requireWrite(standing);
		WhereaboutsEntry entry = entries.findByIdAndCaseId(entryId, standing.caseId()).orElseThrow(() -> new NotFoundException("Entry"));
		requireVersion(entry, version, null);
		entries.delete(entry);
		entries.flush();
		audit.record(viewer, "whereabouts.removed", standing.caseId(), Map.of("entry", entryId.toString()));
		events.publishEvent(new WhereaboutsChanged(standing.caseId()));
	}

	/** The entry as it is now, for the viewer (a stale edit's answer shows it). */
	@Transactional(readOnly = true)
	EntryView entry(CaseStanding standing, UUID entryId) {
		WhereaboutsEntry entry = entries.findByIdAndCaseId(entryId, standing.caseId()).orElseThrow(() -> new NotFoundException("Entry"));
		return views.of(standing, List.of(entry)).entries().stream().findFirst().orElseThrow(() -> new NotFoundException("Entry"));
	}

	private void requireWrite(CaseStanding standing) {
		if (!standing.mayChange()) {
			throw new AccessDeniedException("Recording whereabouts takes the researcher role.");
		}
		if (standing.purged()) {
			throw Refusal.of(WhereaboutsRule.CASE_PURGED).toException();
		}
	}

	private void requireVersion(WhereaboutsEntry entry, Long version, EntryContent sent) {
		if (version == null) {
			throw EditRule.versionRequired().toException();
		}
		if (version != entry.version()) {
			List<String> changed = sent == null ? List.of() : changedFields(entry.content(null, null), sent);
			throw EditRule.stale(entry.version(), changed).toException();
		}
	}

	/** The names of the fields whose saved value differs from what an edit sent (protected ones left out). */
	private static List<String> changedFields(EntryContent saved, EntryContent sent) {
		List<String> changed = new ArrayList<>();
		compare(changed, "personId", saved.personId(), sent.personId());
		compare(changed, "kind", saved.kind(), sent.kind());
		if (saved.kind().hasPublicPlace()) {
			compare(changed, "place", saved.place(), sent.place());
		}
		compare(changed, "from", saved.from(), sent.from());
		compare(changed, "custodian", saved.custodian(), sent.custodian());
		compare(changed, "custodianCountry", saved.custodianCountry(), sent.custodianCountry());
		compare(changed, "facility", saved.facility(), sent.facility());
		compare(changed, "intoHandsOf", saved.intoHandsOf(), sent.intoHandsOf());
		compare(changed, "receivingState", saved.receivingState(), sent.receivingState());
		compare(changed, "date", saved.date(), sent.date());
		compare(changed, "until", saved.until(), sent.until());
		compare(changed, "certainty", saved.certainty(), sent.certainty());
		compare(changed, "sourceId", saved.sourceId(), sent.sourceId());
		compare(changed, "reportedOn", saved.reportedOn(), sent.reportedOn());
		return changed;
	}

	private static void compare(List<String> changed, String field, Object saved, Object sent) {
		if (!Objects.equals(saved, sent)) {
			changed.add(field);
		}
	}

	/** The draft with its places looked up, after the checks no annotation can make. */
	private EntryContent resolve(CaseStanding standing, EntryDraft draft) {
		List<Refusal> refusals = new ArrayList<>();
		if (persons.persons(standing).stream().noneMatch(p -> p.id().equals(draft.personId()))) {
			refusals.add(Refusal.onField(WhereaboutsRule.PERSON_NOT_IN_CASE, "personId"));
		}
		if (draft.sourceId() != null && sources.sources(standing).stream().noneMatch(s -> s.id().equals(draft.sourceId()))) {
			refusals.add(Refusal.onField(WhereaboutsRule.SOURCE_NOT_IN_CASE, "sourceId"));
		}
		if (draft.reportId() != null && reports.findByIdAndCaseId(draft.reportId(), standing.caseId()).isEmpty()) {
			refusals.add(Refusal.onField(WhereaboutsRule.REPORT_NOT_IN_CASE, "reportId"));
		}
		checkDate(refusals, "date", draft.date());
		checkDate(refusals, "until", draft.until());
		if (draft.kind() == EntryKind.CUSTODY && draft.until() != null && draft.date() != null
				&& draft.until().latest().isBefore(draft.date().earliest())) {
			refusals.add(Refusal.onField(WhereaboutsRule.UNTIL_BEFORE_FROM, "until"));
		}
		PlaceRef place = null;
		PlaceRef from = null;
		try {
			place = places.find(draft.place(), "place");
			if (place == null) {
				refusals.add(Refusal.onField(WhereaboutsRule.PLACE_REQUIRED, "place"));
			}
		}
		catch (org.vigil.platform.Refused refused) {
			refusals.addAll(refused.refusals());
		}
		try {
			from = draft.kind() == EntryKind.TRANSFER ? places.find(draft.from(), "from") : null;
		}
		catch (org.vigil.platform.Refused refused) {
			refusals.addAll(refused.refusals());
		}
		if (!refusals.isEmpty()) {
			throw new org.vigil.platform.Refused(refusals);
		}
		String custodianCountry = draft.kind() == EntryKind.CUSTODY
				? (draft.custodianCountry() != null ? draft.custodianCountry() : standing.visibleCase().countryOfCustody())
				: null;
		boolean transfer = draft.kind() == EntryKind.TRANSFER;
		return new EntryContent(draft.personId(), draft.kind(), place, from, draft.kind() == EntryKind.CUSTODY ? draft.custodian() : null,
				custodianCountry, draft.kind() == EntryKind.CUSTODY ? draft.facility() : null, transfer ? draft.intoHandsOf() : null,
				transfer ? draft.receivingState() : null, draft.date(), draft.until(), draft.certainty(), draft.sourceId(),
				draft.reportedOn(), draft.notes(), draft.reportId(),
				draft.reportId() == null ? null : draft.reportProposal(), draft.confirmed() == null ? EnumSet.noneOf(Inconsistency.class)
						: draft.confirmed());
	}

	/** Dates within the documented range: from {@link #FIRST_DAY} to {@link #YEARS_AHEAD} years from today. */
	static void checkDate(List<Refusal> refusals, String field, FuzzyDate date) {
		if (date == null) {
			return;
		}
		LocalDate last = LocalDate.now().plusYears(YEARS_AHEAD);
		if (date.earliest().isBefore(FIRST_DAY) || date.latest().isAfter(last)) {
			refusals.add(Refusal.onField(WhereaboutsRule.DATE_OUT_OF_RANGE, field, FIRST_DAY, last));
		}
	}

	private List<EntryContent> othersOf(UUID caseId, UUID personId, UUID except) {
		return entries.findByCaseIdAndPersonId(caseId, personId).stream()
			.filter(e -> !e.id().equals(except))
			.map(e -> e.content(null, null))
			.toList();
	}

	/**
	 * Seals the protected values and applies the content. Notes the viewer could not see (the
	 * identities are not revealed to them) and did not send stay as they were; values sealed for
	 * another person (the entry moved to someone else) are sealed afresh under the new person's key.
	 */
	private void seal(WhereaboutsEntry entry, EntryContent content, Viewer viewer, CaseStanding standing) {
		boolean samePerson = content.personId().equals(entry.personId());
		try {
			String hiding = sealing.sealHidingPlace(content.personId(), entry.id(), content.kind().hasPublicPlace() ? null : content.place(),
					samePerson ? entry.sealedHidingPlace() : null);
			String notes;
			if (content.notes() == null && samePerson && !standing.mayReadIdentities()) {
				notes = entry.sealedNotes();
			}
			else {
				notes = sealing.sealNotes(content.personId(), entry.id(), content.notes(), samePerson ? entry.sealedNotes() : null);
			}
			entry.apply(content, hiding, notes, viewer.username());
		}
		catch (KeyDestroyedException purged) {
			throw Refusal.of(purged.keyScope().equals(entry.caseId()) ? WhereaboutsRule.CASE_PURGED : WhereaboutsRule.PERSON_PURGED)
				.toException();
		}
	}

	private static Map<String, String> details(WhereaboutsEntry entry) {
		return Map.of("entry", entry.id().toString(), "person", entry.personId().toString(), "kind", entry.kind().name());
	}

}
