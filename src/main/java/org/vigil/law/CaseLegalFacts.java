package org.vigil.law;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the obligations engine needs to know of a case, and nothing more: no names, no places.
 *
 * @param custodyState the state holding the people (ISO 3166-1 alpha-2)
 * @param fearedReturnState the country they fear being returned to, or {@code null}
 * @param handovers the states they would be handed to on the way, in order (chain return), without
 *                  the custody state and the country of feared return
 * @param categories who the people are
 * @param risks what they face if returned
 */
public record CaseLegalFacts(String custodyState, String fearedReturnState, List<String> handovers, Set<Category> categories,
		Set<Risk> risks) {

	/** At most this many handovers are considered: a longer chain is refused as bad input by the edges. */
	public static final int MAX_HANDOVERS = 5;

	public CaseLegalFacts {
		custodyState = upper(Objects.requireNonNull(custodyState, "custodyState"));
		fearedReturnState = fearedReturnState == null || fearedReturnState.isBlank() ? null : upper(fearedReturnState);
		List<String> chain = new ArrayList<>();
		for (String state : handovers == null ? List.<String>of() : handovers) {
			String code = upper(state);
			if (!code.equals(custodyState) && !code.equals(fearedReturnState) && !chain.contains(code)) {
				chain.add(code);
			}
		}
		if (chain.size() > MAX_HANDOVERS) {
			throw new IllegalArgumentException("At most " + MAX_HANDOVERS + " handovers");
		}
		handovers = List.copyOf(chain);
		categories = categories == null || categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
		risks = risks == null || risks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(risks));
	}

	/** A case with only its two countries. */
	public static CaseLegalFacts of(String custodyState, String fearedReturnState) {
		return new CaseLegalFacts(custodyState, fearedReturnState, List.of(), Set.of(), Set.of());
	}

	public CaseLegalFacts withHandovers(String... states) {
		return new CaseLegalFacts(custodyState, fearedReturnState, List.of(states), categories, risks);
	}

	public CaseLegalFacts with(Category... more) {
		Set<Category> all = categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories);
		all.addAll(List.of(more));
		return new CaseLegalFacts(custodyState, fearedReturnState, handovers, all, risks);
	}

	public CaseLegalFacts with(Risk... more) {
		Set<Risk> all = risks.isEmpty() ? EnumSet.noneOf(Risk.class) : EnumSet.copyOf(risks);
		all.addAll(List.of(more));
		return new CaseLegalFacts(custodyState, fearedReturnState, handovers, categories, all);
	}

	public boolean has(Category category) {
		return categories.contains(category);
	}

	public boolean has(Risk risk) {
		return risks.contains(risk);
	}

	/** The states a person passes through before the country of feared return: custody first, then each handover. */
	public List<String> returningStates() {
		List<String> states = new ArrayList<>();
		states.add(custodyState);
		states.addAll(handovers);
		return states;
	}

	private static String upper(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}

	/**
	 * Who the people are, as the cases module records them (its {@code PersonCategory} has the same
	 * constants, so the wiring maps one to the other by name).
	 */
	public enum Category {
		CHILD, WOMAN, ASYLUM_SEEKER, RECOGNISED_REFUGEE, STATELESS, HUMAN_RIGHTS_DEFENDER, JOURNALIST, PREVIOUSLY_RETURNED
	}

	/** What the people face if returned, as recorded in the case or its country's risk profile. */
	public enum Risk {
		TORTURE, DEATH_PENALTY, ARBITRARY_DETENTION, ENFORCED_DISAPPEARANCE, PERSECUTION, SEXUAL_VIOLENCE, FORCED_LABOUR,
		TRAFFICKING
	}

}
