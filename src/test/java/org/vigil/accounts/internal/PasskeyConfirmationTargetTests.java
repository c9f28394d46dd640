package org.vigil.accounts.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** After confirming with the passkey, the user goes back to a page of this site, never elsewhere. */
class PasskeyConfirmationTargetTests {

	@Test
	void aPathOnThisSiteIsKeptWithItsQuery() {
		assertThat(SecondFactorController.localPath("/cases/1/reveal?continue=%2Fcases%2F1%2Fsources%2Fnew"))
			.isEqualTo("/cases/1/reveal?continue=%2Fcases%2F1%2Fsources%2Fnew");
	}

	@Test
	void anotherSiteSendsTheUserToTheCases() {
		for (String elsewhere : new String[] { "https://evil.example", "//evil.example", "/\\evil.example", null }) {
			assertThat(SecondFactorController.localPath(elsewhere)).as(elsewhere).isEqualTo("/cases");
		}
	}

	@Test
	void aTabOrLineBreakThatABrowserWouldDropIsRefused() {
		// A browser reads "/\t/evil.example" as "//evil.example", another site.
		for (String hidden : new String[] { "/\t/evil.example", "/\n/evil.example", "/\r/evil.example" }) {
			assertThat(SecondFactorController.localPath(hidden)).as(hidden).isEqualTo("/cases");
		}
	}

}
