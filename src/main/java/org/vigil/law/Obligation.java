package org.vigil.law;

import java.time.LocalDate;
import java.util.List;

/**
 * One obligation that applies in a case: which state it binds, under what, since when, how strongly,
 * why (a plain sentence a letter can use), whether the facts behind it were verified, and its sources.
 *
 * @param instrument an instrument code ({@code CAT}), {@code CUSTOMARY} for customary law, or the
 *                   symbol of the finding for a recommendation ({@code CAT/C/CHN/CO/5})
 * @param article the article or paragraphs, or {@code null}
 * @param state the state it binds (ISO 3166-1 alpha-2)
 * @param status {@code PARTY}, {@code SIGNATORY}, {@code NONE} or {@code CUSTOMARY}
 * @param since the date the state became party or signed, or {@code null}
 * @param basis the obligation in one sentence, in the requested language
 * @param strength how strongly it binds
 * @param verified false when any fact it rests on is unverified: show it with a warning
 * @param sources where it comes from: the participation row's source, the findings and commentaries
 */
public record Obligation(String instrument, String article, String state, String status, LocalDate since, String basis,
		Strength strength, boolean verified, List<String> sources) {

	public static final String CUSTOMARY = "CUSTOMARY";

	public Obligation {
		sources = List.copyOf(sources);
	}

}
