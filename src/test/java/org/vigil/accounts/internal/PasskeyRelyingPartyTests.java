package org.vigil.accounts.internal;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where passkeys work: set explicitly, or following the public address, or on localhost. */
class PasskeyRelyingPartyTests {

	@Test
	void withoutSettingsPasskeysWorkOnLocalhostAtTheServersPort() {
		Passkeys.RelyingParty party = Passkeys.RelyingParty.of("", new String[] { "" }, "", 8080);
		assertThat(party.id()).isEqualTo("localhost");
		assertThat(party.origins()).containsExactly("http://localhost:8080");
	}

	@Test
	void thePublicAddressGivesTheHostNameAndOrigin() {
		Passkeys.RelyingParty party = Passkeys.RelyingParty.of("", new String[0], "https://vigil.example.org/", 8080);
		assertThat(party.id()).isEqualTo("vigil.example.org");
		assertThat(party.origins()).containsExactly("https://vigil.example.org");
		assertThat(Passkeys.RelyingParty.of(null, null, "http://vigil.lan:9000", 8080).origins())
			.containsExactly("http://vigil.lan:9000");
	}

	@Test
	void explicitSettingsWin() {
		Passkeys.RelyingParty party = Passkeys.RelyingParty.of("example.org",
				new String[] { "https://a.example.org/", " https://b.example.org" }, "https://vigil.example.org", 8080);
		assertThat(party.id()).isEqualTo("example.org");
		assertThat(party.origins()).isEqualTo(Set.of("https://a.example.org", "https://b.example.org"));
	}

}
