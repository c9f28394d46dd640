package org.vigil.law.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Size;
import org.vigil.law.CaseLegalFacts;
import org.vigil.law.Finding;
import org.vigil.law.Instrument;
import org.vigil.law.Participation;
import org.vigil.law.RiskProfile;
import org.vigil.platform.validation.CountryCode;

/** The JSON shapes of the law API. */
final class LawApiModels {

	private LawApiModels() {
	}

	/** A state's participation in one instrument ({@code GET /api/states/{iso2}/participation}). */
	record ParticipationResponse(String instrument, String status, LocalDate date, String how, LocalDate signed, String reservations,
			Boolean complaints, boolean verified, String source, LocalDate asOf) {

		static ParticipationResponse of(Participation p) {
			return new ParticipationResponse(p.instrument().code(), p.status().name(), p.date(), p.how() == null ? null : p.how().name(),
					p.signed(), p.reservations(), p.complaints(), p.verified(), p.source(), p.asOf());
		}

	}

	/** One party or signatory of an instrument. */
	record PartyResponse(String state, String name, String status, LocalDate date, String how, boolean verified) {

		static PartyResponse of(Participation p, String name) {
			return new PartyResponse(p.state(), name, p.status().name(), p.date(), p.how() == null ? null : p.how().name(), p.verified());
		}

	}

	/** An instrument, in the list ({@code parties} counted) or alone ({@code parties} listed). */
	record InstrumentResponse(String code, String officialName, String shortName, LocalDate adopted, String depositary,
			String complaintsArticle, List<Instrument.Article> articles, int partyCount, int signatoryCount, List<PartyResponse> parties) {
	}

	record FindingResponse(String id, String kind, String symbol, String title, LocalDate date, String paragraphs, String paraphrase,
			Set<String> states, Set<String> returnTo, boolean verified) {

		static FindingResponse of(Finding f) {
			return new FindingResponse(f.id(), f.kind().name(), f.symbol(), f.title(), f.date(), f.paragraphs(), f.paraphrase(), f.states(),
					f.returnTo(), f.verified());
		}

	}

	record RiskProfileResponse(String country, String summary, LocalDate reviewedOn, List<RiskProfile.Claim> claims) {

		static RiskProfileResponse of(RiskProfile p) {
			return new RiskProfileResponse(p.country(), p.summary(), p.reviewedOn(), p.claims());
		}

	}

	/** The facts of a case for {@code POST /api/obligations}: ISO codes, and the categories and risks by name. */
	record FactsRequest(@CountryCode String custodyState, @CountryCode String fearedReturnState,
			@Size(max = CaseLegalFacts.MAX_HANDOVERS) List<@CountryCode String> handovers, Set<CaseLegalFacts.Category> categories,
			Set<CaseLegalFacts.Risk> risks) {
	}

}
