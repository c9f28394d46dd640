package org.vigil.law.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Role;
import org.vigil.law.Findings;
import org.vigil.law.Instrument;
import org.vigil.law.InstrumentCode;
import org.vigil.law.Participation;
import org.vigil.law.ParticipationStatus;
import org.vigil.platform.NotFoundException;

/**
 * The law pages everyone signed in may read: the instruments and the parties of each (filterable),
 * the states and each state's participation, the findings about it, its risk profile where it is a
 * country of return, and the history of that profile. Unverified rows carry an "unverified" mark.
 */
@Controller
@RequestMapping("/law")
class LawPagesController {

	/** The longest name filter accepted on the instrument page. */
	static final int MAX_FILTER = 60;

	private final LawCatalogue catalogue;

	private final ParticipationRecords participation;

	private final Findings findings;

	private final RiskProfileRecords riskProfiles;

	private final RiskProfileHistory history;

	private final ParticipationImports imports;

	private final CurrentViewer viewers;

	LawPagesController(LawCatalogue catalogue, ParticipationRecords participation, Findings findings, RiskProfileRecords riskProfiles,
			RiskProfileHistory history, ParticipationImports imports, CurrentViewer viewers) {
		this.catalogue = catalogue;
		this.participation = participation;
		this.findings = findings;
		this.riskProfiles = riskProfiles;
		this.history = history;
		this.imports = imports;
		this.viewers = viewers;
	}

	@GetMapping("/instruments")
	String instruments(Model model) {
		model.addAttribute("instruments", catalogue.all());
		return "law/instruments";
	}

	@GetMapping("/instruments/{code}")
	String instrument(@PathVariable String code, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, Model model, Locale locale) {
		Instrument instrument = InstrumentCode.parse(code).map(catalogue::of).orElseThrow(() -> new NotFoundException("instrument"));
		ParticipationStatus wanted = ParticipationRecords.statusFilter(status);
		String filter = q == null ? "" : q.strip();
		TextChecks.text("q", filter, MAX_FILTER, false).ifPresent(r -> {
			throw r.toException();
		});
		String needle = StateNames.normal(filter);
		ParticipationStatus only = wanted;
		List<Participation> rows = participation.across(instrument.code()).stream()
			.filter(p -> only != null ? p.status() == only : p.status() != ParticipationStatus.NONE)
			.filter(p -> needle.isEmpty() || StateNames.normal(catalogue.states().get(p.state())).contains(needle)
					|| StateNames.normal(new Locale("", p.state()).getDisplayCountry(locale)).contains(needle)
					|| p.state().equalsIgnoreCase(filter))
			.toList();
		model.addAttribute("instrument", instrument);
		model.addAttribute("rows", rows);
		model.addAttribute("statuses", ParticipationStatus.values());
		model.addAttribute("status", wanted == null ? "" : wanted.name());
		model.addAttribute("q", filter);
		model.addAttribute("unverified", rows.stream().filter(p -> !p.verified()).count());
		return "law/instrument";
	}

	@GetMapping("/states")
	String states(Model model) {
		model.addAttribute("states", catalogue.states());
		model.addAttribute("profiles", riskProfiles.countries());
		return "law/states";
	}

	@GetMapping("/states/{iso2}")
	String state(@PathVariable String iso2, Model model, Locale locale) {
		String state = participation.trackedOrNotFound(iso2);
		model.addAttribute("state", state);
		model.addAttribute("stateName", new Locale("", state).getDisplayCountry(locale));
		model.addAttribute("unName", catalogue.states().get(state));
		model.addAttribute("rows", participation.of(state));
		model.addAttribute("instruments", catalogue);
		model.addAttribute("findings", findings.about(state));
		model.addAttribute("profile", riskProfiles.of(state).orElse(null));
		model.addAttribute("today", LocalDate.now());
		model.addAttribute("groups", org.vigil.law.RiskProfile.Claim.Group.values());
		model.addAttribute("changes", imports.changesOf(state));
		model.addAttribute("mayCurate", viewers.get().has(Role.ADMINISTRATOR));
		return "law/state";
	}

	@GetMapping("/states/{iso2}/risk-history")
	String riskHistory(@PathVariable String iso2, Model model, Locale locale) {
		String state = participation.trackedOrNotFound(iso2);
		model.addAttribute("stateName", new Locale("", state).getDisplayCountry(locale));
		riskProfiles.of(state).orElseThrow(() -> new NotFoundException("risk profile"));
		model.addAttribute("state", state);
		model.addAttribute("entries", history.of(state));
		return "law/risk-history";
	}

}
