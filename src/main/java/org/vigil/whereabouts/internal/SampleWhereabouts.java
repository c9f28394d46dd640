package org.vigil.whereabouts.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.vigil.cases.DemoCase;
import org.vigil.cases.DemoContribution;
import org.vigil.geo.Gazetteer;
import org.vigil.whereabouts.Certainty;
import org.vigil.whereabouts.PlaceRef;
import org.vigil.whereabouts.WhereaboutsChanged;

/**
 * The whereabouts of the {@code --demo} sample case, read from the contact's report as a researcher
 * would paste it: the arrest in Shenyang (confirmed by the relative in Seoul), custody near Yanji
 * (believed) and the transfer to Helong reported as imminent (both from the contact near Yanji).
 * The case registry calls it right after recording the sample case, in the same transaction — a
 * contribution rather than a listener to {@code CaseOpened}, which would have to guess which opened
 * case is the sample and would run after the case was committed without its whereabouts.
 */
@Component
class SampleWhereabouts implements DemoContribution {

	/** What the contact near Yanji reported, in the words of the design's case. */
	static final String REPORT = "apprehended by police last week in Shengyang city of Lioaning province; believed to be detained "
			+ "near Yanji; to be imminently sent to Helong city, 70 km southwest of Yanji, near the border";

	private static final Logger log = LoggerFactory.getLogger(SampleWhereabouts.class);

	private final WhereaboutsEntryRepository entries;

	private final ReportRepository reports;

	private final EntrySealing sealing;

	private final Gazetteer gazetteer;

	private final ApplicationEventPublisher events;

	SampleWhereabouts(WhereaboutsEntryRepository entries, ReportRepository reports, EntrySealing sealing, Gazetteer gazetteer,
			ApplicationEventPublisher events) {
		this.entries = entries;
		this.reports = reports;
		this.sealing = sealing;
		this.gazetteer = gazetteer;
		this.events = events;
	}

	@Override
	public void contribute(DemoCase demo) {
		UUID reportId = UUID.randomUUID();
		reports.save(new Report(reportId, demo.caseId(), sealing.sealReport(demo.caseId(), reportId, REPORT), demo.contactReportedOn(),
				demo.contactSourceId(), "system"));
		List<Proposal> proposals = new ReportReader(gazetteer::resolve).read(REPORT, demo.contactReportedOn(), "CN");
		if (proposals.size() != 3 || proposals.stream().anyMatch(p -> p.best() == null)) {
			log.warn("The sample case's report reads as {} entries instead of 3; its whereabouts are left out", proposals.size());
			return;
		}
		Proposal arrest = proposals.get(0);
		record(demo, arrest, demo.relativeSourceId(), demo.relativeReportedOn(), Certainty.CONFIRMED, null, null);
		record(demo, proposals.get(1), demo.contactSourceId(), demo.contactReportedOn(), proposals.get(1).certainty(), reportId, 1);
		record(demo, proposals.get(2), demo.contactSourceId(), demo.contactReportedOn(), proposals.get(2).certainty(), reportId, 2);
		events.publishEvent(new WhereaboutsChanged(demo.caseId()));
	}

	private void record(DemoCase demo, Proposal p, UUID sourceId, java.time.LocalDate reportedOn, Certainty certainty, UUID reportId,
			Integer proposal) {
		PlaceRef place = PlaceFinder.of(p.best().place());
		PlaceRef from = p.bestFrom() == null ? null : PlaceFinder.of(p.bestFrom().place());
		EntryContent content = new EntryContent(demo.groupId(), p.kind(), place, from, p.custodian(),
				p.kind() == EntryKind.CUSTODY ? "CN" : null, null, p.intoHandsOf(), p.receivingState(), p.date(), p.until(), certainty,
				sourceId, reportedOn, null, reportId, proposal, Set.of());
		WhereaboutsEntry entry = new WhereaboutsEntry(UUID.randomUUID(), demo.caseId(), "system");
		entry.apply(content, null, null, "system");
		entries.save(entry);
	}

}
