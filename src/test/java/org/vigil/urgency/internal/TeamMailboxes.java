package org.vigil.urgency.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For tests outside the urgency package (the browser test): where a team's alerts go, set as the
 * administrator's page sets it, without the test signing in as an administrator. Imported by the
 * test that needs it; nothing else of the module is replaced.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TeamMailboxes {

	@Bean
	Mailboxes teamMailboxesForTests(SettingsStore settings) {
		return new Mailboxes(settings);
	}

	/** Sets a team's addresses. */
	public static class Mailboxes {

		private final SettingsStore settings;

		Mailboxes(SettingsStore settings) {
			this.settings = settings;
		}

		public void mailTeamTo(UUID teamId, String alertAddress, String reviewerAddress) {
			settings.saveTeamMail(teamId, alertAddress, reviewerAddress, settings.teamMail(teamId).version(), "browser-test", Instant.now());
		}

	}

}
