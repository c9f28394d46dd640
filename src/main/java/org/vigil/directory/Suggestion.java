package org.vigil.directory;

import java.util.List;

/**
 * The addressees and copies Vigil suggests; the researcher accepts or changes them.
 *
 * @param addressees the head of state (or of government) and the ministry responsible for the custodian, in that order
 * @param copies the ministry of foreign affairs, the permanent mission in Geneva and the embassy in the organisation's country
 * @param missing the kinds the suggestion wanted but the directory has no entry of, so that the page can say so
 */
public record Suggestion(List<Authority> addressees, List<Authority> copies, List<AuthorityKind> missing) {

	public Suggestion {
		addressees = List.copyOf(addressees);
		copies = List.copyOf(copies);
		missing = List.copyOf(missing);
	}

}
