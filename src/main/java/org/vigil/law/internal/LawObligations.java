package org.vigil.law.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigil.law.CaseLegalFacts;
import org.vigil.law.Findings;
import org.vigil.law.Obligation;
import org.vigil.law.Obligations;

/** The obligations engine on the stored participation, held in memory ({@link ParticipationMemory}): plain rules, no query. */
@Component
class LawObligations implements Obligations {

	private final ParticipationMemory participation;

	private final LawCatalogue catalogue;

	private final Findings findings;

	private final MessageSource messages;

	LawObligations(ParticipationMemory participation, LawCatalogue catalogue, Findings findings, MessageSource messages) {
		this.participation = participation;
		this.catalogue = catalogue;
		this.findings = findings;
		this.messages = messages;
	}

	@Override
	public List<Obligation> forFacts(CaseLegalFacts facts, Locale locale) {
		List<String> states = new ArrayList<>(facts.returningStates());
		if (facts.fearedReturnState() != null) {
			states.add(facts.fearedReturnState());
		}
		ParticipationTable table = participation.tableOf(states);
		return new ObligationsEngine(table::of, catalogue.all(), findings.all(), messages).obligations(facts, locale);
	}

}
