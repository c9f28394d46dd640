package org.vigil.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A non-treaty source a letter may cite: a treaty body's concluding observations or general comment,
 * a commission of inquiry's report, a UNHCR position, a special procedure's communication.
 *
 * @param id a stable id ({@code cat-chn-co-5})
 * @param kind what kind of source it is
 * @param symbol the UN document symbol or the conclusion's number
 * @param title its title
 * @param date when it was issued
 * @param paragraphs the paragraphs that matter, or {@code null}
 * @param paraphrase what it says, in Vigil's words
 * @param states the states it addresses or concerns (empty: all states)
 * @param returnTo for findings about returns, the countries of return concerned (empty: any)
 * @param topics what it is about
 * @param verified whether symbol, date and paragraphs were checked against the document
 */
public record Finding(String id, Kind kind, String symbol, String title, LocalDate date, String paragraphs, String paraphrase,
		Set<String> states, Set<String> returnTo, Set<Topic> topics, boolean verified) {

	public Finding {
		states = Set.copyOf(states);
		returnTo = Set.copyOf(returnTo);
		topics = Set.copyOf(topics);
	}

	/** How a letter cites it: the symbol, with its paragraphs. */
	public String citation() {
		return paragraphs == null ? symbol : symbol + ", " + paragraphs;
	}

	public boolean concerns(String state) {
		return states.contains(state);
	}

	public enum Kind {
		CONCLUDING_OBSERVATIONS, GENERAL_COMMENT, COMMISSION_OF_INQUIRY, UNHCR_POSITION, SPECIAL_PROCEDURE, DECLARATION
	}

	public enum Topic {
		REFOULEMENT, INDIRECT_REFOULEMENT, CUSTOMARY_LAW, EXTRATERRITORIAL, DETENTION, CHILDREN, WOMEN, TORTURE,
		CRIMES_AGAINST_HUMANITY, DENUNCIATION
	}

	/** The ids of the general sources the engine cites, so that a missing record fails at start-up. */
	public static final List<String> ENGINE_SOURCES = List.of("excom-6", "excom-82", "unhcr-2007-extraterritorial",
			"states-parties-2001", "cat-gc-4", "hrc-gc-31", "hrc-gc-26", "cmw-crc-joint-gc", "cedaw-gr-32");

}
