package org.vigil.directory.internal;

import java.time.LocalDate;
import java.util.List;

import org.vigil.directory.AuthorityKind;
import org.vigil.directory.ChannelKind;
import org.vigil.directory.FormOfAddress;

/**
 * What an entry says, as an administrator, an API caller or an imported line gives it. Checked by
 * {@link AuthorityChecks} before it is saved.
 */
record AuthorityDraft(String country, AuthorityKind kind, String name, String title, String body, String hostCountry,
		List<String> languages, List<FormOfAddress> formsOfAddress, List<ChannelDraft> channels) {

	AuthorityDraft {
		languages = languages == null ? List.of() : languages;
		formsOfAddress = formsOfAddress == null ? List.of() : formsOfAddress;
		channels = channels == null ? List.of() : channels;
	}

	/** A channel as given: no stale flag, which is worked out when the entry is read. */
	record ChannelDraft(ChannelKind kind, String value, LocalDate asOf, String source) {
	}

}
