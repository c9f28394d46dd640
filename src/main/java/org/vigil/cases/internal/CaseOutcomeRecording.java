package org.vigil.cases.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseChanged;
import org.vigil.cases.CaseOutcomeRecords;
import org.vigil.cases.Outcome;
import org.vigil.platform.NotFoundException;

/** {@link CaseOutcomeRecords} on the case file itself: the outcome field of the case's form. */
@Component
class CaseOutcomeRecording implements CaseOutcomeRecords {

	private final CaseFileRepository cases;

	private final CaseAudit audit;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	CaseOutcomeRecording(CaseFileRepository cases, CaseAudit audit, ApplicationEventPublisher events, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Outcome> outcomeOf(UUID caseId) {
		return cases.findById(caseId).map(c -> c.details().outcome());
	}

	/** In one plain statement, loading no case: the recomputation of every case asks for a thousand at a time. */
	@Override
	public Map<UUID, Outcome> outcomesOf(Collection<UUID> caseIds) {
		Map<UUID, Outcome> outcomes = new HashMap<>();
		jdbc.sql("select id, outcome from cases where id = any(?) and outcome is not null")
			.param(caseIds.toArray(UUID[]::new))
			.query(rs -> {
				outcomes.put(rs.getObject("id", UUID.class), Outcome.valueOf(rs.getString("outcome")));
			});
		return outcomes;
	}

	@Override
	@Transactional
	public void recordOutcome(Viewer viewer, UUID caseId, Outcome outcome) {
		CaseFile caseFile = cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case"));
		CaseDetails before = caseFile.details();
		if (before.outcome() == outcome) {
			return;
		}
		caseFile.apply(new CaseDetails(before.title(), before.summary(), before.countryOfCustody(), before.countryOfFearedReturn(),
				before.region(), before.themes(), before.risks(), before.status(), before.priority(), outcome), viewer.username());
		cases.saveAndFlush(caseFile);
		audit.record(viewer, "case.changed", caseId, Map.of("fields", "outcome"));
		events.publishEvent(new CaseChanged(caseId, Set.of("outcome"), before.countryOfCustody(), before.countryOfFearedReturn(),
				before.status(), before.priority()));
	}

}
