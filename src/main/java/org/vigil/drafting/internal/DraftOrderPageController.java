package org.vigil.drafting.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vigil.appeals.DraftSource.Ask;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.VisibleCase;
import org.vigil.directory.Addressees;
import org.vigil.directory.Authority;
import org.vigil.directory.AuthorityDirectory;
import org.vigil.directory.Suggestion;
import org.vigil.directory.SuggestionFacts;
import org.vigil.law.Obligation;
import org.vigil.law.RiskProfile.Claim;
import org.vigil.whereabouts.CustodyFact;
import org.vigil.whereabouts.WhereaboutsFacts;

/**
 * The page on which a researcher orders the draft of an urgent appeal: the addressees and copies
 * Vigil suggests from the directory (accepted as they are, or changed), the asks, the unverified
 * sources they have checked, the letter's language, and — for a drafter to whom the case's identities
 * are revealed now — whether the letter names the people. The appeals module writes the draft when the
 * form is sent ({@code POST /cases/{id}/appeals/generate}) and opens it in its edit form. The case
 * registry checked the request's {@link CaseStanding}: whoever may see the case may see this page;
 * the appeals module decides who may draft.
 */
@Controller
class DraftOrderPageController {

	/** An entry to tick, ticked when suggested. */
	record Choice(Authority authority, boolean suggested) {
	}

	/** An unverified source the drafter may confirm: its key in the order, and what it supports. */
	record Unverified(String key, String what) {
	}

	private final Addressees addressees;

	private final AuthorityDirectory directory;

	private final WhereaboutsFacts whereabouts;

	private final CaseDrafts drafts;

	DraftOrderPageController(Addressees addressees, AuthorityDirectory directory, WhereaboutsFacts whereabouts, CaseDrafts drafts) {
		this.addressees = addressees;
		this.directory = directory;
		this.whereabouts = whereabouts;
		this.drafts = drafts;
	}

	@GetMapping("/cases/{caseId}/drafting/urgent-appeal")
	String order(CaseStanding standing, Model model) {
		VisibleCase visibleCase = standing.visibleCase();
		String custodian = whereabouts.of(visibleCase.id()).currentCustody().stream().map(CustodyFact::custodian)
			.filter(c -> c != null && !c.isBlank()).findFirst().orElse(null);
		Suggestion suggestion = addressees.suggest(new SuggestionFacts(visibleCase.countryOfCustody(), custodian));
		Set<UUID> suggested = new LinkedHashSet<>();
		suggestion.addressees().forEach(a -> suggested.add(a.id()));
		suggestion.copies().forEach(a -> suggested.add(a.id()));
		List<Choice> to = new ArrayList<>(suggestion.addressees().stream().map(a -> new Choice(a, true)).toList());
		List<Choice> copies = new ArrayList<>(suggestion.copies().stream().map(a -> new Choice(a, true)).toList());
		for (Authority other : directory.ofCountry(visibleCase.countryOfCustody())) {
			if (!suggested.contains(other.id())) {
				to.add(new Choice(other, false));
			}
		}
		DraftFacts facts = drafts.facts(standing, "en", List.of(), List.of());
		model.addAttribute("caseFile", visibleCase);
		model.addAttribute("addressees", to);
		model.addAttribute("copies", copies);
		model.addAttribute("missing", suggestion.missing());
		model.addAttribute("asks", List.of(Ask.values()));
		model.addAttribute("defaultAsks", LetterWriter.defaultAsks(facts));
		model.addAttribute("unverified", unverified(facts));
		model.addAttribute("languages", LetterLanguage.ALL);
		model.addAttribute("mayDraft", standing.mayChange() && !standing.purged());
		model.addAttribute("mayName", standing.mayReadIdentities() && !standing.purged());
		return "drafting/order";
	}

	/** The unverified obligations and risk claims the letter would cite if confirmed. */
	static List<Unverified> unverified(DraftFacts facts) {
		List<Unverified> unverified = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (Obligation obligation : facts.obligations()) {
			if (!obligation.verified() && seen.add(obligation.instrument())) {
				unverified.add(new Unverified(obligation.instrument(), obligation.basis()));
			}
		}
		facts.risks().ifPresent(profile -> profile.claims(Claim.Group.FACES).stream()
			.filter(claim -> !claim.verified() && claim.citation() != null && seen.add(claim.citation()))
			.forEach(claim -> unverified.add(new Unverified(claim.citation(), claim.text()))));
		return unverified;
	}

}
