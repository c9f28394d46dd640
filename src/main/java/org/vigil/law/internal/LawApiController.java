package org.vigil.law.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.law.CaseLegalFacts;
import org.vigil.law.Instrument;
import org.vigil.law.InstrumentCode;
import org.vigil.law.Obligation;
import org.vigil.law.Obligations;
import org.vigil.law.Participation;
import org.vigil.law.ParticipationStatus;
import org.vigil.law.RiskProfiles;
import org.vigil.law.internal.LawApiModels.FactsRequest;
import org.vigil.law.internal.LawApiModels.FindingResponse;
import org.vigil.law.internal.LawApiModels.InstrumentResponse;
import org.vigil.law.internal.LawApiModels.ParticipationResponse;
import org.vigil.law.internal.LawApiModels.PartyResponse;
import org.vigil.law.internal.LawApiModels.RiskProfileResponse;
import org.vigil.law.Findings;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.platform.validation.CountryCode;

/**
 * The law API: instruments with their articles and parties, each state's participation, the
 * findings and risk profile about it, and the obligations for a set of case facts. Nothing here is
 * protected data: every signed-in user may read it.
 */
@RestController
@RequestMapping("/api")
class LawApiController {

	private final LawCatalogue catalogue;

	private final ParticipationRecords participation;

	private final Findings findings;

	private final RiskProfiles riskProfiles;

	private final Obligations obligations;

	LawApiController(LawCatalogue catalogue, ParticipationRecords participation, Findings findings, RiskProfiles riskProfiles,
			Obligations obligations) {
		this.catalogue = catalogue;
		this.participation = participation;
		this.findings = findings;
		this.riskProfiles = riskProfiles;
		this.obligations = obligations;
	}

	/** Lists the instruments a letter may cite, with their key articles and how many states are party and signatory. */
	@GetMapping("/instruments")
	List<InstrumentResponse> listInstruments() {
		List<InstrumentResponse> all = new ArrayList<>();
		for (Instrument instrument : catalogue.all()) {
			List<Participation> rows = participation.across(instrument.code());
			all.add(response(instrument, rows, null));
		}
		return all;
	}

	/**
	 * Reads one instrument with its articles, and its parties and signatories.
	 *
	 * @param code the instrument's code, such as {@code CAT} or {@code REFUGEE-1951}
	 * @param status only the states of this standing: {@code PARTY}, {@code SIGNATORY} or {@code NONE} (parties and
	 *            signatories unless given)
	 */
	@GetMapping("/instruments/{code}")
	InstrumentResponse readInstrument(@PathVariable String code, @RequestParam(required = false) String status) {
		Instrument instrument = InstrumentCode.parse(code).map(catalogue::of).orElseThrow(() -> new NotFoundException("instrument"));
		ParticipationStatus wanted = ParticipationRecords.statusFilter(status);
		List<Participation> rows = participation.across(instrument.code());
		List<PartyResponse> parties = rows.stream()
			.filter(p -> wanted != null ? p.status() == wanted : p.status() != ParticipationStatus.NONE)
			.map(p -> PartyResponse.of(p, catalogue.states().get(p.state())))
			.toList();
		return response(instrument, rows, parties);
	}

	/**
	 * Lists a state's participation in each instrument: party, signatory or neither, with dates, reservations, source and
	 * whether it was verified.
	 *
	 * @param iso2 the ISO 3166-1 code of the state
	 */
	@GetMapping("/states/{iso2}/participation")
	List<ParticipationResponse> listParticipation(@PathVariable String iso2) {
		return participation.of(participation.trackedOrNotFound(iso2)).stream().map(ParticipationResponse::of).toList();
	}

	/**
	 * Lists the findings about a state: treaty bodies' observations, commissions of inquiry, UNHCR positions.
	 *
	 * @param iso2 the ISO 3166-1 code of the state
	 */
	@GetMapping("/states/{iso2}/findings")
	List<FindingResponse> listFindings(@PathVariable String iso2) {
		return findings.about(participation.trackedOrNotFound(iso2)).stream().map(FindingResponse::of).toList();
	}

	/**
	 * Reads what awaits a person returned to a state, claim by claim with its citation.
	 *
	 * @param iso2 the ISO 3166-1 code of the state
	 */
	@GetMapping("/states/{iso2}/risk-profile")
	RiskProfileResponse readRiskProfile(@PathVariable String iso2) {
		return riskProfiles.of(participation.trackedOrNotFound(iso2)).map(RiskProfileResponse::of).orElseThrow(() -> new NotFoundException("risk profile"));
	}

	/**
	 * Works out the obligations that follow from the facts of a case.
	 *
	 * <p>The facts: the state of custody, the country of feared return, the states the people would be handed to on the
	 * way, who they are and what they risk. Each obligation names the state it binds, its basis, its strength and its
	 * sources, in the request's language. No case is read; nothing is stored.
	 */
	@PostMapping("/obligations")
	List<Obligation> listObligations(@Valid @RequestBody FactsRequest request) {
		return obligations.forFacts(facts(request), LocaleContextHolder.getLocale());
	}

	CaseLegalFacts facts(FactsRequest request) {
		String custody = country("custodyState", request.custodyState(), true);
		String feared = country("fearedReturnState", request.fearedReturnState(), false);
		List<String> handovers = request.handovers() == null ? List.of() : request.handovers();
		if (handovers.size() > CaseLegalFacts.MAX_HANDOVERS) {
			throw Refusal.onField(LawRefusal.LAW_TEXT_TOO_LONG, "handovers", CaseLegalFacts.MAX_HANDOVERS).toException();
		}
		handovers.forEach(h -> country("handovers", h, true));
		return new CaseLegalFacts(custody, feared, handovers, request.categories(), request.risks());
	}

	private String country(String field, String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw Refusal.onField(LawRefusal.LAW_TEXT_REQUIRED, field).toException();
			}
			return null;
		}
		if (!CountryCode.Validator.isCountryCode(value) || !participation.tracks(value)) {
			throw Refusal.onField(LawRefusal.LAW_VALUE_NOT_OFFERED, field).toException();
		}
		return value;
	}



	private static InstrumentResponse response(Instrument i, List<Participation> rows, List<PartyResponse> parties) {
		int partyCount = (int) rows.stream().filter(Participation::isParty).count();
		int signatoryCount = (int) rows.stream().filter(Participation::isSignatory).count();
		return new InstrumentResponse(i.code().code(), i.officialName(), i.shortName(), i.adopted(), i.depositary(), i.complaintsArticle(),
				i.articles(), partyCount, signatoryCount, parties);
	}

}
