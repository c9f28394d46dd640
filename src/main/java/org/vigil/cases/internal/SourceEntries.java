package org.vigil.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.Reliability;
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

	private final JdbcClient jdbc;

	private final EntityManager entities;

	SourceEntries(SourceRepository sources, JdbcClient jdbc, EntityManager entities) {
		this.sources = sources;
		this.jdbc = jdbc;
		this.entities = entities;
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

	/**
	 * As {@link #forModule} gives them, in one plain statement loading no entity: a scheduled job
	 * asks for a thousand cases at a time. Changes still pending in the caller's transaction are
	 * written first, so that it reads its own.
	 */
	@Override
	public Map<UUID, List<SourceEntry>> sourcesOf(Collection<UUID> caseIds) {
		entities.flush();
		Map<UUID, List<SourceEntry>> byCase = new LinkedHashMap<>();
		jdbc.sql("select id, case_id, label, reliability, confidential, reported_on from sources where case_id = any(?) "
				+ "and deleted_at is null order by created_at")
			.param(caseIds.toArray(UUID[]::new))
			.query(rs -> {
				UUID caseId = rs.getObject("case_id", UUID.class);
				boolean confidential = rs.getBoolean("confidential");
				String reliability = rs.getString("reliability");
				byCase.computeIfAbsent(caseId, c -> new ArrayList<>()).add(new SourceEntry(rs.getObject("id", UUID.class), caseId,
						confidential ? null : rs.getString("label"), reliability == null ? null : Reliability.valueOf(reliability), confidential,
						rs.getObject("reported_on", LocalDate.class), false));
			});
		return byCase;
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
