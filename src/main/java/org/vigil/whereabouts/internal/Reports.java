package org.vigil.whereabouts.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.SourceDirectory;
import org.vigil.geo.Gazetteer;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.platform.Refused;
import org.vigil.vault.KeyDestroyedException;

/**
 * What contacts reported, pasted into a case's "New information" box: the text is kept sealed with
 * the case's key (it may name the informant) and read into {@link Proposal}s, which the researcher
 * confirms one by one as entries. Nothing but the text is stored until then. A report is read back
 * only by whoever pasted it, or by a viewer to whom the case's identities are revealed; each read
 * back is audited.
 */
@Service
@Transactional
class Reports {

	/** A report and what it seems to say; {@code confirmed} holds the indexes of the proposals already recorded. */
	record Reading(UUID reportId, LocalDate reportedOn, UUID sourceId, List<Proposal> proposals, Set<Integer> confirmed) {
	}

	private final ReportRepository reports;

	private final WhereaboutsEntryRepository entries;

	private final SourceDirectory sources;

	private final EntrySealing sealing;

	private final Gazetteer gazetteer;

	private final WhereaboutsAudit audit;

	Reports(ReportRepository reports, WhereaboutsEntryRepository entries, SourceDirectory sources, EntrySealing sealing,
			Gazetteer gazetteer, WhereaboutsAudit audit) {
		this.reports = reports;
		this.entries = entries;
		this.sources = sources;
		this.sealing = sealing;
		this.gazetteer = gazetteer;
		this.audit = audit;
	}

	/**
	 * Keeps the report sealed and reads it.
	 * @throws Refused naming {@code text}, {@code reportedOn} or {@code sourceId} when one is wrong
	 */
	Reading receive(Viewer viewer, CaseStanding standing, String text, LocalDate reportedOn, UUID sourceId) {
		if (!standing.mayChange()) {
			throw new AccessDeniedException("Recording whereabouts takes the researcher role.");
		}
		if (standing.purged()) {
			throw Refusal.of(WhereaboutsRule.CASE_PURGED).toException();
		}
		List<Refusal> refusals = check(standing, text, reportedOn, sourceId);
		if (!refusals.isEmpty()) {
			throw new Refused(refusals);
		}
		UUID reportId = UUID.randomUUID();
		String sealed;
		try {
			sealed = sealing.sealReport(standing.caseId(), reportId, text.strip());
		}
		catch (KeyDestroyedException purgedMeanwhile) {
			throw Refusal.of(WhereaboutsRule.CASE_PURGED).toException();
		}
		reports.saveAndFlush(new Report(reportId, standing.caseId(), sealed, reportedOn, sourceId, viewer.username()));
		audit.record(viewer, "whereabouts.report.received", standing.caseId(), Map.of("report", reportId.toString()));
		return new Reading(reportId, reportedOn, sourceId, read(standing, text.strip(), reportedOn), Set.of());
	}

	/**
	 * The report read again, with the proposals already confirmed.
	 * @throws NotFoundException when the case has no such report, or the viewer may not read it back
	 */
	@Transactional(readOnly = true)
	Reading reread(Viewer viewer, CaseStanding standing, UUID reportId) {
		Report report = reports.findByIdAndCaseId(reportId, standing.caseId()).orElseThrow(() -> new NotFoundException("Report"));
		if (!standing.mayReadIdentities() && !report.receivedBy().equals(viewer.username())) {
			throw new NotFoundException("Report");
		}
		String text;
		try {
			text = sealing.openReport(standing.caseId(), reportId, report.sealedText());
		}
		catch (KeyDestroyedException purged) {
			throw Refusal.of(WhereaboutsRule.CASE_PURGED).toException();
		}
		audit.record(viewer, "identity.read", standing.caseId(), Map.of("report", reportId.toString()));
		Set<Integer> confirmed = entries.findByCaseIdOrderByDateEarliestAscCreatedAtAsc(standing.caseId()).stream()
			.filter(e -> reportId.equals(e.reportId()) && e.reportProposal() != null)
			.map(WhereaboutsEntry::reportProposal)
			.collect(Collectors.toSet());
		return new Reading(reportId, report.reportedOn(), report.sourceId(), read(standing, text, report.reportedOn()), confirmed);
	}

	private List<Proposal> read(CaseStanding standing, String text, LocalDate reportedOn) {
		return new ReportReader(gazetteer::resolve).read(text, reportedOn, standing.visibleCase().countryOfCustody());
	}

	private List<Refusal> check(CaseStanding standing, String text, LocalDate reportedOn, UUID sourceId) {
		List<Refusal> refusals = new ArrayList<>();
		if (text == null || text.isBlank()) {
			refusals.add(Refusal.onField(WhereaboutsRule.REPORT_EMPTY, "text"));
		}
		else if (text.length() > ReportReader.MAX_TEXT) {
			refusals.add(Refusal.onField(WhereaboutsRule.REPORT_TOO_LONG, "text", ReportReader.MAX_TEXT));
		}
		else if (!PlainText.Validator.isPlain(text, true)) {
			refusals.add(Refusal.onField(WhereaboutsRule.CONTROL_CHARACTERS, "text"));
		}
		if (reportedOn == null) {
			refusals.add(Refusal.onField(WhereaboutsRule.REPORT_DATE_REQUIRED, "reportedOn"));
		}
		else if (reportedOn.isBefore(WhereaboutsRecords.FIRST_DAY) || reportedOn.isAfter(LocalDate.now().plusDays(1))) {
			refusals.add(Refusal.onField(WhereaboutsRule.DATE_OUT_OF_RANGE, "reportedOn", WhereaboutsRecords.FIRST_DAY,
					LocalDate.now().plusDays(1)));
		}
		if (sourceId != null && sources.sources(standing).stream().noneMatch(s -> Objects.equals(s.id(), sourceId))) {
			refusals.add(Refusal.onField(WhereaboutsRule.SOURCE_NOT_IN_CASE, "sourceId"));
		}
		return refusals;
	}

}
