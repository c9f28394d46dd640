package org.vigil.directory.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.vigil.directory.Addressees;
import org.vigil.directory.AuthorityDirectory;
import org.vigil.directory.Suggestion;
import org.vigil.directory.SuggestionFacts;

/** {@link Addressees} from the directory's entries of the custody state, by {@link AddresseeRule}. */
@Component
class AddresseeSuggestions implements Addressees {

	private final AuthorityDirectory directory;

	private final String organisationCountry;

	AddresseeSuggestions(AuthorityDirectory directory, @Value("${vigil.organisation.country:}") String organisationCountry) {
		this.directory = directory;
		this.organisationCountry = organisationCountry.isBlank() ? null : organisationCountry.strip();
	}

	@Override
	public Suggestion suggest(SuggestionFacts facts) {
		return AddresseeRule.suggest(facts, directory.ofCountry(facts.custodyState()), organisationCountry);
	}

}
