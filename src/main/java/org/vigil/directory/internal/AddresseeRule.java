package org.vigil.directory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.vigil.directory.Authority;
import org.vigil.directory.AuthorityKind;
import org.vigil.directory.Suggestion;
import org.vigil.directory.SuggestionFacts;

/**
 * Whom an appeal about people held by a state goes to, from that state's entries. The head of
 * state (or, where the directory has none, of government) and the ministry the custodian answers
 * to are the addressees; the ministry of foreign affairs, the permanent mission in Geneva and the
 * embassy in the organisation's country get copies. The ministry follows from what the custodian
 * is: prisons and courts answer to justice, immigration and border bodies to the interior, police
 * to public security; where the state has no such ministry, the next likeliest (a single ministry of
 * justice and home affairs answers for all). An unknown custodian
 * is taken to be the police, who hold most people arrested while fleeing. A police or detention
 * entry whose name the custodian's text contains is an addressee too. Where several entries are of
 * one kind, a verified one with fresh channels comes first.
 */
final class AddresseeRule {

	private static final List<String> JUSTICE_WORDS = List.of("prison", "jail", "penitentiary", "court", "procuratorate", "justice",
			"监狱", "法院", "检察", "司法", "교도소", "법원", "검찰", "법무");

	private static final List<String> INTERIOR_WORDS = List.of("immigration", "border", "interior", "home affairs", "migrant",
			"出入境", "移民", "边防", "边境", "이민", "출입국", "국경", "내무");

	private static final Comparator<Authority> BEST_FIRST = Comparator.comparing((Authority a) -> !a.verified())
		.thenComparing(Authority::possiblyStale)
		.thenComparing(Authority::title);

	private AddresseeRule() {
	}

	/**
	 * @param entries the custody state's entries, retired ones left out
	 * @param organisationCountry where the organisation sits (its embassy gets a copy), or {@code null}
	 */
	static Suggestion suggest(SuggestionFacts facts, List<Authority> entries, String organisationCountry) {
		List<Authority> addressees = new ArrayList<>();
		List<Authority> copies = new ArrayList<>();
		List<AuthorityKind> missing = new ArrayList<>();
		pick(entries, missing, AuthorityKind.HEAD_OF_STATE, AuthorityKind.HEAD_OF_GOVERNMENT).ifPresent(addressees::add);
		pick(entries, missing, ministries(facts.custodian()).toArray(AuthorityKind[]::new)).ifPresent(addressees::add);
		custodianEntry(entries, facts.custodian()).filter(a -> !addressees.contains(a)).ifPresent(addressees::add);
		pick(entries, missing, AuthorityKind.MINISTRY_OF_FOREIGN_AFFAIRS).ifPresent(copies::add);
		pick(entries, missing, AuthorityKind.PERMANENT_MISSION_GENEVA).ifPresent(copies::add);
		if (organisationCountry != null && !organisationCountry.isBlank() && !organisationCountry.equals(facts.custodyState())) {
			Optional<Authority> embassy = entries.stream()
				.filter(a -> a.kind() == AuthorityKind.EMBASSY && organisationCountry.equals(a.hostCountry()))
				.min(BEST_FIRST);
			embassy.ifPresentOrElse(copies::add, () -> missing.add(AuthorityKind.EMBASSY));
		}
		return new Suggestion(addressees, copies, missing);
	}

	/** The ministries the custodian may answer to, the likeliest first. */
	static List<AuthorityKind> ministries(String custodian) {
		String text = custodian == null ? "" : custodian.toLowerCase(Locale.ROOT);
		if (JUSTICE_WORDS.stream().anyMatch(text::contains)) {
			return List.of(AuthorityKind.MINISTRY_OF_JUSTICE, AuthorityKind.MINISTRY_OF_INTERIOR, AuthorityKind.MINISTRY_OF_PUBLIC_SECURITY);
		}
		if (INTERIOR_WORDS.stream().anyMatch(text::contains)) {
			return List.of(AuthorityKind.MINISTRY_OF_INTERIOR, AuthorityKind.MINISTRY_OF_PUBLIC_SECURITY, AuthorityKind.MINISTRY_OF_JUSTICE);
		}
		return List.of(AuthorityKind.MINISTRY_OF_PUBLIC_SECURITY, AuthorityKind.MINISTRY_OF_INTERIOR, AuthorityKind.MINISTRY_OF_JUSTICE);
	}

	/** The best entry of the first of the kinds the directory holds; the first kind is missing when it holds none. */
	private static Optional<Authority> pick(List<Authority> entries, List<AuthorityKind> missing, AuthorityKind... kinds) {
		for (AuthorityKind kind : kinds) {
			Optional<Authority> best = entries.stream().filter(a -> a.kind() == kind).min(BEST_FIRST);
			if (best.isPresent()) {
				return best;
			}
		}
		missing.add(kinds[0]);
		return Optional.empty();
	}

	private static Optional<Authority> custodianEntry(List<Authority> entries, String custodian) {
		if (custodian == null || custodian.isBlank()) {
			return Optional.empty();
		}
		String text = custodian.toLowerCase(Locale.ROOT);
		return entries.stream()
			.filter(a -> a.kind() == AuthorityKind.POLICE || a.kind() == AuthorityKind.DETENTION_AUTHORITY)
			.filter(a -> text.contains(a.title().toLowerCase(Locale.ROOT))
					|| (a.body() != null && text.contains(a.body().toLowerCase(Locale.ROOT))))
			.min(BEST_FIRST);
	}

}
