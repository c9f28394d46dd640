package org.vigil.urgency.internal;

import java.time.Instant;
import java.util.UUID;

import org.vigil.cases.Reliability;
import org.vigil.urgency.internal.UrgencyTestSources.MovableClock;
import org.vigil.urgency.internal.UrgencyTestSources.RecordedWhereabouts;

/**
 * For tests outside the urgency package (the browser test): feeds a case's whereabouts through the
 * test-only source and has it assessed again, as the whereabouts module's event will; and sets where
 * a team's alerts go.
 */
public class UrgencyFeed {

	private final RecordedWhereabouts whereabouts;

	private final Reassessment reassessment;

	private final SettingsStore settings;

	private final MovableClock clock;

	UrgencyFeed(RecordedWhereabouts whereabouts, Reassessment reassessment, SettingsStore settings, MovableClock clock) {
		this.whereabouts = whereabouts;
		this.reassessment = reassessment;
		this.settings = settings;
		this.clock = clock;
	}

	/** The sample case's report: to Helong, "imminently", per a usually reliable source, two days ago. */
	public void expectTransferToHelong(UUID caseId) {
		whereabouts.expectTransfer(caseId, UrgencyTestSources.HELONG, null, Certainty.IMMINENT, Reliability.MEDIUM,
				clock.today().minusDays(2));
		reassessment.reassess(caseId);
	}

	public void mailTeamTo(UUID teamId, String alertAddress, String reviewerAddress) {
		settings.saveTeamMail(teamId, alertAddress, reviewerAddress, settings.teamMail(teamId).version(), "browser-test", Instant.now());
	}

}
