package org.vigil.whereabouts.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.vigil.cases.CaseStanding;
import org.vigil.whereabouts.CaseWhereabouts;
import org.vigil.whereabouts.CustodyFact;
import org.vigil.whereabouts.TransferFact;
import org.vigil.whereabouts.WhereaboutsFacts;

/**
 * "Where the people are now", the part of the case page's state that the whereabouts module fills:
 * who is held where and by whom, and the transfers expected, a line a person at most of each. The case registry checked that the
 * viewer may see the case; what is shown is what a public statement could say (no place of hiding,
 * no note, no source), the same for every viewer of the case.
 */
@Controller
class WhereaboutsNowController {

	private final WhereaboutsFacts facts;

	WhereaboutsNowController(WhereaboutsFacts facts) {
		this.facts = facts;
	}

	@GetMapping("/cases/{caseId}/whereabouts/now")
	String now(CaseStanding standing, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		CaseWhereabouts known = facts.of(standing.caseId());
		List<CustodyFact> current = known.currentCustody();
		// A line a person at most of each: where each is held (the latest period still open) and the
		// soonest transfer expected. A timeline of thousands of entries is read on the whereabouts pages.
		List<CustodyFact> held = onePerPerson(current, CustodyFact::personId,
				Comparator.comparing((CustodyFact h) -> h.from().earliest()).reversed());
		List<TransferFact> expected = onePerPerson(known.expectedTransfers(), TransferFact::personId, (a, b) -> 0);
		model.addAttribute("caseId", standing.caseId());
		model.addAttribute("held", held);
		model.addAttribute("expected", expected);
		model.addAttribute("more", current.size() - held.size() + known.expectedTransfers().size() - expected.size());
		return htmx != null ? "whereabouts/now :: now" : "whereabouts/now";
	}

	/** The first of each person's facts in the given order, in the order of the list. */
	private static <T> List<T> onePerPerson(List<T> facts, Function<T, UUID> person, Comparator<T> first) {
		Map<UUID, T> chosen = new HashMap<>();
		for (T fact : facts) {
			chosen.merge(person.apply(fact), fact, (kept, other) -> first.compare(other, kept) < 0 ? other : kept);
		}
		return facts.stream().filter(fact -> chosen.get(person.apply(fact)) == fact).toList();
	}

}
