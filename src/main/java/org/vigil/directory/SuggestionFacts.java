package org.vigil.directory;

/**
 * What a suggestion of addressees starts from.
 *
 * @param custodyState ISO 3166-1 alpha-2 code of the state that holds the people
 * @param custodian the custodian authority as the case records it (e.g. "Yanji Public Security Bureau"), or {@code null} when unknown
 */
public record SuggestionFacts(String custodyState, String custodian) {

	public static SuggestionFacts of(String custodyState) {
		return new SuggestionFacts(custodyState, null);
	}

}
