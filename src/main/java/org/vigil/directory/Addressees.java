package org.vigil.directory;

/**
 * Suggests whom an appeal goes to: the authorities of the state that holds the people — its head
 * of state and the ministry the custodian answers to (public security, interior or justice, by what
 * the custodian is) — with copies to its ministry of foreign affairs, its permanent mission in
 * Geneva and its embassy in the organisation's country ({@code vigil.organisation.country}).
 */
public interface Addressees {

	Suggestion suggest(SuggestionFacts facts);

}
