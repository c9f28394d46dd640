package org.vigil.urgency.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The thresholds and lists the urgency rules use, as an administrator keeps them at
 * {@code /admin/urgency}.
 *
 * @param borderKm a destination or place of custody this close to the country of feared return counts as near its border
 * @param transferWindowDays a transfer expected within this many days counts as soon
 * @param silenceDays this many days without news is worth saying, and worth a follow-up
 * @param dormantDays after this many days without news, with nothing expected, a case is dormant
 * @param staleReportDays a report older than this is too old to call a case imminent on its own
 * @param escalateAfterMinutes an alert nobody acknowledged within this time goes on to the team's reviewers
 * @param onwardReturns states known to return people onward to another state (chain return)
 * @param handoverCustodians custodians known to hand people over to the country of feared return, as reports name them
 */
record UrgencySettings(int borderKm, int transferWindowDays, int silenceDays, int dormantDays, int staleReportDays,
		int escalateAfterMinutes, List<OnwardReturn> onwardReturns, List<String> handoverCustodians) {

	/** The longest chain of onward returns followed: no real chain is longer, and a loop ends here. */
	static final int MAX_CHAIN = 6;

	UrgencySettings {
		onwardReturns = List.copyOf(onwardReturns);
		handoverCustodians = List.copyOf(handoverCustodians);
	}

	/** Where Vigil starts: the values the README gives; an administrator adjusts them. */
	static UrgencySettings defaults() {
		return new UrgencySettings(50, 7, 7, 90, 30, 60,
				List.of(new OnwardReturn("CN", "KP"), new OnwardReturn("LA", "CN"), new OnwardReturn("VN", "CN")), List.of());
	}

	/**
	 * The states a person handed over to {@code receivingState} may be passed on through until they
	 * reach {@code fearedReturn}, the receiving state first and the feared one last; empty when the
	 * lists know no such chain. The shortest chain is answered.
	 */
	Optional<List<String>> chainOfReturns(String receivingState, String fearedReturn) {
		if (receivingState == null || fearedReturn == null || receivingState.equals(fearedReturn)) {
			return Optional.empty();
		}
		List<List<String>> paths = List.of(List.of(receivingState));
		Set<String> seen = new LinkedHashSet<>(paths.get(0));
		for (int step = 1; step < MAX_CHAIN && !paths.isEmpty(); step++) {
			List<List<String>> longer = new ArrayList<>();
			for (List<String> path : paths) {
				String last = path.get(path.size() - 1);
				for (OnwardReturn onward : onwardReturns) {
					if (onward.from().equals(last) && seen.add(onward.to())) {
						List<String> next = new ArrayList<>(path);
						next.add(onward.to());
						if (onward.to().equals(fearedReturn)) {
							return Optional.of(List.copyOf(next));
						}
						longer.add(next);
					}
				}
			}
			paths = longer;
		}
		return Optional.empty();
	}

	/** Whether the custodian a report names is one known to hand people over (ignoring case and spacing). */
	boolean handsPeopleOver(String custodian) {
		if (custodian == null || custodian.isBlank()) {
			return false;
		}
		String named = fold(custodian);
		return handoverCustodians.stream().map(UrgencySettings::fold).anyMatch(known -> !known.isEmpty() && named.contains(known));
	}

	private static String fold(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/**
	 * A state known to return people onward to another.
	 *
	 * @param from the state that returns them (ISO 3166-1 alpha-2)
	 * @param to where it returns them
	 */
	record OnwardReturn(String from, String to) {
	}

}
