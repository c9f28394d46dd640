package org.vigil.cases.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.SourceDirectory;
import org.vigil.cases.SourceEntry;

/**
 * The sources of a case for other modules: label and reliability, never a name. A confidential
 * source is named only to a viewer to whom the case's identities are revealed; module code acting on
 * its own gets its reliability, never its label.
 */
@Component
@Transactional(readOnly = true)
class SourceEntries implements SourceDirectory {

	private final SourceRepository sources;

	SourceEntries(SourceRepository sources) {
		this.sources = sources;
	}

	@Override
	public List<SourceEntry> sources(CaseStanding standing) {
		boolean revealed = standing.mayReadIdentities();
		return sources.ofCase(standing.caseId()).stream()
			.map(source -> entry(source, !source.storedDetails().confidential() || revealed, true))
			.toList();
	}

	@Override
	public List<SourceEntry> sourcesOf(UUID caseId) {
		return sources.ofCase(caseId).stream().map(SourceEntries::forModule).toList();
	}

	@Override
	public Map<UUID, List<SourceEntry>> sourcesOf(Collection<UUID> caseIds) {
		return sources.findByCaseIdInAndDeletedAtIsNullOrderByCreatedAtAsc(caseIds).stream()
			.collect(Collectors.groupingBy(Source::caseId, Collectors.mapping(SourceEntries::forModule, Collectors.toList())));
	}

	/** As module code acting on its own knows a source: reliability, and a label only when not confidential. */
	private static SourceEntry forModule(Source source) {
		return entry(source, !source.storedDetails().confidential(), false);
	}

	private static SourceEntry entry(Source source, boolean named, boolean withholdReliability) {
		SourceDetails d = source.storedDetails();
		boolean withheld = !named && withholdReliability;
		return new SourceEntry(source.id(), source.caseId(), named ? d.label() : null, withheld ? null : d.reliability(),
				d.confidential(), withheld ? null : d.reportedOn(), withheld);
	}

}
