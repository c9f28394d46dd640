package org.vigil.law.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.springframework.context.MessageSource;
import org.vigil.law.CaseLegalFacts;
import org.vigil.law.CaseLegalFacts.Category;
import org.vigil.law.CaseLegalFacts.Risk;
import org.vigil.law.Finding;
import org.vigil.law.Instrument;
import org.vigil.law.InstrumentCode;
import org.vigil.law.Obligation;
import org.vigil.law.Participation;
import org.vigil.law.Strength;

import static org.vigil.law.InstrumentCode.CAT;
import static org.vigil.law.InstrumentCode.CED;
import static org.vigil.law.InstrumentCode.CEDAW;
import static org.vigil.law.InstrumentCode.CRC;
import static org.vigil.law.InstrumentCode.ICCPR;
import static org.vigil.law.InstrumentCode.ICCPR_OP1;
import static org.vigil.law.InstrumentCode.ICCPR_OP2;
import static org.vigil.law.InstrumentCode.PALERMO_TRAFFICKING;
import static org.vigil.law.InstrumentCode.REFUGEE_1951;
import static org.vigil.law.InstrumentCode.REFUGEE_1967;

/**
 * The rules that turn the facts of a case into obligations, as a plain function of the facts, the
 * participation rows and the findings. Every state the people pass through before the country of
 * feared return is bound not to return them (directly or, when it hands them on, indirectly); the
 * custody state also owes them lawful detention; the country of feared return owes them freedom to
 * leave and freedom from torture once back. A treaty is listed as binding only on a party to it.
 */
final class ObligationsEngine {

	/** Where the 1951 Convention's geographical limitation (art. 1B(1)(a)) still protects a refugee. */
	static final Set<String> EUROPE = Set.of("AD", "AL", "AM", "AT", "AZ", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK",
			"EE", "ES", "FI", "FR", "GB", "GE", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MD", "ME", "MK",
			"MT", "NL", "NO", "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SK", "SM", "TR", "UA", "VA");

	static final String GEOGRAPHICAL_LIMITATION = "1B(1)(a)";

	private final BiFunction<String, InstrumentCode, Participation> participation;

	private final Map<InstrumentCode, Instrument> instruments;

	private final List<Finding> findings;

	private final MessageSource messages;

	ObligationsEngine(BiFunction<String, InstrumentCode, Participation> participation, List<Instrument> instruments,
			List<Finding> findings, MessageSource messages) {
		this.participation = participation;
		this.instruments = ShippedData.byCode(instruments);
		this.findings = List.copyOf(findings);
		this.messages = messages;
		for (String id : Finding.ENGINE_SOURCES) {
			if (findings.stream().noneMatch(f -> f.id().equals(id))) {
				throw new IllegalStateException("The obligations engine cites " + id + ", which findings.json lacks");
			}
		}
	}

	List<Obligation> obligations(CaseLegalFacts facts, Locale locale) {
		Run run = new Run(facts, locale);
		List<String> returning = facts.returningStates();
		for (int i = 0; i < returning.size(); i++) {
			String state = returning.get(i);
			String next = i + 1 < returning.size() ? returning.get(i + 1) : facts.fearedReturnState();
			if (next != null) {
				run.againstReturn(state, next);
			}
		}
		run.custody(facts.custodyState());
		if (facts.fearedReturnState() != null) {
			run.onReturn(facts.fearedReturnState());
		}
		run.recommendations(returning);
		List<String> order = new ArrayList<>(returning);
		if (facts.fearedReturnState() != null) {
			order.add(facts.fearedReturnState());
		}
		run.found.sort(Comparator.comparingInt((Obligation o) -> order.indexOf(o.state()))
			.thenComparing(Obligation::strength)
			.thenComparingInt(ObligationsEngine::instrumentRank)
			.thenComparingInt(ObligationsEngine::articleNumber));
		return List.copyOf(run.found);
	}

	/** The order a letter cites them in: refugee law, then torture, then the rest; customary law and findings last. */
	private static final List<InstrumentCode> CITING_ORDER = List.of(REFUGEE_1951, REFUGEE_1967, CAT, ICCPR, ICCPR_OP1, ICCPR_OP2,
			CED, CRC, CEDAW, PALERMO_TRAFFICKING);

	private static int instrumentRank(Obligation obligation) {
		return InstrumentCode.parse(obligation.instrument()).map(code -> CITING_ORDER.contains(code) ? CITING_ORDER.indexOf(code) : 50)
			.orElse(Obligation.CUSTOMARY.equals(obligation.instrument()) ? 100 : 200);
	}

	/** Articles in numeric order (3 before 22); Roman and lettered ones after. */
	private static int articleNumber(Obligation obligation) {
		String article = obligation.article() == null ? "" : obligation.article();
		int digits = 0;
		while (digits < article.length() && digits < 6 && Character.isDigit(article.charAt(digits))) {
			digits++;
		}
		return digits == 0 ? Integer.MAX_VALUE : Integer.parseInt(article.substring(0, digits));
	}

	/** One evaluation: the facts, the language, and the obligations found so far. */
	private final class Run {

		final CaseLegalFacts facts;

		final Locale locale;

		final List<Obligation> found = new ArrayList<>();

		Run(CaseLegalFacts facts, Locale locale) {
			this.facts = facts;
			this.locale = locale;
		}

		/** What binds {@code state} not to send the people on to {@code next} (the feared return, or a handover). */
		void againstReturn(String state, String next) {
			String feared = facts.fearedReturnState();
			boolean onward = feared != null && !next.equals(feared);
			Participation refugee = row(state, REFUGEE_1951);
			Participation protocol = row(state, REFUGEE_1967);
			Participation cat = row(state, CAT);
			Participation iccpr = row(state, ICCPR);
			Participation ced = row(state, CED);
			String destination = feared != null ? feared : next;

			if (refugee.isParty()) {
				if (limitedTo(refugee, destination) || limitedTo(protocol, destination)) {
					add(refugee, "33", Strength.RECOMMENDATION, "law.basis.refugee.limited", List.of("excom-6"), name(state),
							year(refugee), name(destination));
				}
				else {
					add(refugee, "33", Strength.BINDING, "law.basis.refugee.party", List.of("excom-6", "excom-82"), name(state),
							year(refugee));
					if (protocol.isParty()) {
						add(protocol, "I", Strength.BINDING, "law.basis.protocol.party", List.of(), name(state), year(protocol));
					}
				}
			}
			else if (protocol.isParty()) {
				if (limitedTo(protocol, destination)) {
					add(protocol, "I", Strength.RECOMMENDATION, "law.basis.refugee.limited", List.of("excom-6"), name(state),
							year(protocol), name(destination));
				}
				else {
					add(protocol, "I", Strength.BINDING, "law.basis.protocol.only", List.of("excom-6", "excom-82"), name(state),
							year(protocol));
				}
			}
			else {
				goodFaith(refugee);
			}

			if (cat.isParty()) {
				add(cat, "3", Strength.ABSOLUTE, "law.basis.cat.party", List.of(), name(state), year(cat));
				if (Boolean.TRUE.equals(cat.complaints())) {
					add(cat, "22", Strength.BINDING, "law.basis.cat.complaints", List.of(), name(state));
				}
			}
			else {
				goodFaith(cat);
			}

			if (iccpr.isParty()) {
				add(iccpr, "7", Strength.ABSOLUTE, "law.basis.iccpr7.party", List.of("hrc-gc-31"), name(state), year(iccpr));
				if (facts.has(Risk.DEATH_PENALTY)) {
					add(iccpr, "6", Strength.BINDING, "law.basis.iccpr6.party", List.of("hrc-gc-31"), name(state), year(iccpr));
				}
				Participation op1 = row(state, ICCPR_OP1);
				if (op1.isParty()) {
					add(op1, "1", Strength.BINDING, "law.basis.op1.party", List.of(), name(state));
				}
			}
			else {
				goodFaith(iccpr);
			}
			Participation op2 = row(state, ICCPR_OP2);
			if (op2.isParty() && facts.has(Risk.DEATH_PENALTY)) {
				add(op2, "1", Strength.BINDING, "law.basis.op2.party", List.of(), name(state), year(op2));
			}

			if (ced.isParty()) {
				add(ced, "16", Strength.BINDING, "law.basis.ced16.party", List.of(), name(state), year(ced));
				if (Boolean.TRUE.equals(ced.complaints())) {
					add(ced, "31", Strength.BINDING, "law.basis.ced.complaints", List.of(), name(state));
				}
			}
			else if (facts.has(Risk.ENFORCED_DISAPPEARANCE)) {
				goodFaith(ced);
			}

			if (facts.has(Category.CHILD)) {
				Participation crc = row(state, CRC);
				if (crc.isParty()) {
					add(crc, "3", Strength.BINDING, "law.basis.crc3", List.of("cmw-crc-joint-gc"), name(state), year(crc));
					add(crc, "22", Strength.BINDING, "law.basis.crc22", List.of(), name(state), year(crc));
				}
				else {
					goodFaith(crc);
				}
			}
			if (facts.has(Category.WOMAN)) {
				Participation cedaw = row(state, CEDAW);
				if (cedaw.isParty()) {
					add(cedaw, "2", Strength.BINDING, "law.basis.cedaw2", List.of("cedaw-gr-32"), name(state), year(cedaw));
				}
				else {
					goodFaith(cedaw);
				}
			}
			if (facts.has(Risk.TRAFFICKING)) {
				Participation trafficking = row(state, PALERMO_TRAFFICKING);
				if (trafficking.isParty()) {
					add(trafficking, "8", Strength.BINDING, "law.basis.trafficking", List.of(), name(state), year(trafficking));
				}
			}

			boolean boundByTreaty = refugee.isParty() || protocol.isParty() || cat.isParty() || iccpr.isParty() || ced.isParty();
			customary(state, boundByTreaty ? "law.basis.customary" : "law.basis.customary.only",
					List.of("states-parties-2001", "excom-6", "unhcr-2007-extraterritorial"), name(state));

			if (onward) {
				if (cat.isParty()) {
					add(cat, "3", Strength.ABSOLUTE, "law.basis.indirect.cat", List.of("cat-gc-4"), name(state), name(next),
							name(feared));
				}
				if (iccpr.isParty()) {
					add(iccpr, "7", Strength.ABSOLUTE, "law.basis.indirect.iccpr", List.of("hrc-gc-31"), name(state), name(next),
							name(feared));
				}
				if (refugee.isParty() && !limitedTo(refugee, feared) || !refugee.isParty() && protocol.isParty() && !limitedTo(protocol, feared)) {
					add(refugee.isParty() ? refugee : protocol, refugee.isParty() ? "33" : "I", Strength.BINDING,
							"law.basis.indirect.refugee", List.of("unhcr-2007-extraterritorial"), name(state), name(next), name(feared));
				}
				customary(state, "law.basis.indirect.customary", List.of("unhcr-2007-extraterritorial", "cat-gc-4"), name(state),
						name(next), name(feared));
			}
		}

		/** What the state holding the people owes them while it holds them. */
		void custody(String state) {
			Participation iccpr = row(state, ICCPR);
			if (iccpr.isParty()) {
				add(iccpr, "9", Strength.BINDING, "law.basis.iccpr9", List.of(), name(state), year(iccpr));
			}
			Participation ced = row(state, CED);
			if (ced.isParty()) {
				add(ced, "17", Strength.BINDING, "law.basis.ced17", List.of(), name(state), year(ced));
			}
			Participation refugee = row(state, REFUGEE_1951);
			if (refugee.isParty()) {
				if (facts.has(Category.ASYLUM_SEEKER) || facts.has(Category.RECOGNISED_REFUGEE)) {
					add(refugee, "31", Strength.BINDING, "law.basis.refugee31", List.of(), name(state), year(refugee));
				}
				add(refugee, "35", Strength.BINDING, "law.basis.refugee35", List.of(), name(state), year(refugee));
			}
			if (facts.has(Category.CHILD)) {
				Participation crc = row(state, CRC);
				if (crc.isParty()) {
					add(crc, "37", Strength.BINDING, "law.basis.crc37", List.of("cmw-crc-joint-gc"), name(state), year(crc));
				}
			}
		}

		/** What the country of feared return owes the people it would receive. */
		void onReturn(String state) {
			Participation iccpr = row(state, ICCPR);
			if (iccpr.isParty()) {
				List<String> commentaries = iccpr.reservations() == null ? List.of() : List.of("hrc-gc-26");
				add(iccpr, "12(2)", Strength.BINDING, "law.basis.iccpr12", commentaries, name(state), year(iccpr));
				add(iccpr, "7", Strength.ABSOLUTE, "law.basis.iccpr7.returned", commentaries, name(state), year(iccpr));
			}
			Participation cat = row(state, CAT);
			if (cat.isParty()) {
				add(cat, "2", Strength.ABSOLUTE, "law.basis.cat2", List.of(), name(state), year(cat));
			}
		}

		/** Treaty bodies', inquiries' and special procedures' requests to the states that would return the people. */
		void recommendations(List<String> returning) {
			String feared = facts.fearedReturnState();
			for (Finding finding : findings) {
				if (!finding.topics().contains(Finding.Topic.REFOULEMENT) || finding.states().isEmpty()) {
					continue;
				}
				boolean aboutThisReturn = feared == null || finding.returnTo().isEmpty() || finding.returnTo().contains(feared);
				for (String state : returning) {
					if (finding.concerns(state) && aboutThisReturn) {
						found.add(new Obligation(finding.symbol(), finding.paragraphs(), state, "FINDING", finding.date(),
								message("law.basis.finding", finding.paraphrase(), finding.citation()), Strength.RECOMMENDATION,
								finding.verified(), List.of(finding.citation() + " (" + finding.date() + ")")));
					}
				}
			}
		}

		private void goodFaith(Participation row) {
			if (row.isSignatory()) {
				Instrument instrument = instruments.get(row.instrument());
				add(row, null, Strength.GOOD_FAITH, "law.basis.signatory", List.of(), name(row.state()),
						messages.getMessage("law.instrument.name." + instrument.code().code(), null, instrument.shortName(), locale), year(row));
			}
		}

		private void add(Participation row, String article, Strength strength, String key, List<String> commentaries,
				Object... arguments) {
			List<String> sources = new ArrayList<>();
			sources.add(rowSource(row));
			if (row.reservations() != null) {
				sources.add(message("law.source.reservations", row.reservations()));
			}
			if (strength == Strength.GOOD_FAITH) {
				sources.add("VCLT art. 18");
			}
			commentaries.forEach(id -> sources.add(citation(id)));
			found.add(new Obligation(row.instrument().code(), article, row.state(), row.status().name(),
					row.isParty() || row.isSignatory() ? row.date() : null, message(key, arguments), strength, row.verified(),
					sources));
		}

		private void customary(String state, String key, List<String> ids, Object... arguments) {
			found.add(new Obligation(Obligation.CUSTOMARY, null, state, Obligation.CUSTOMARY, null, message(key, arguments),
					Strength.BINDING, true, ids.stream().map(this::citation).toList()));
		}

		private String rowSource(Participation row) {
			if (!row.isSourced()) {
				return message("law.source.none", row.instrument().code());
			}
			return message(row.verified() ? "law.source.verified" : "law.source.unverified", row.source(), row.asOf().toString());
		}

		private String citation(String id) {
			Finding finding = findings.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
			return finding.citation() + " (" + finding.date().getYear() + ")";
		}

		private boolean limitedTo(Participation row, String destination) {
			return row.isParty() && row.restricts(GEOGRAPHICAL_LIMITATION) && destination != null && !EUROPE.contains(destination);
		}

		private Participation row(String state, InstrumentCode instrument) {
			return participation.apply(state, instrument);
		}

		private String name(String state) {
			return new Locale("", state).getDisplayCountry(locale);
		}

		private String year(Participation row) {
			LocalDate date = row.date();
			return date != null ? Integer.toString(date.getYear()) : message("law.year.unknown");
		}

		private String message(String key, Object... arguments) {
			return messages.getMessage(key, arguments, locale);
		}

	}

}
