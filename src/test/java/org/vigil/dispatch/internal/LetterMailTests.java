package org.vigil.dispatch.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.appeals.ApprovedAppeal;

import static org.assertj.core.api.Assertions.assertThat;

/** The subject a letter carries, the reference a reply's subject gives back, the waits between tries. */
class LetterMailTests {

	private static final ApprovedAppeal APPEAL = new ApprovedAppeal(UUID.fromString("1a2b3c4d-0000-0000-0000-000000000000"),
			UUID.randomUUID(), "A-1A2B3C4D", "President", "en", "Do not return the five", "Release them", "Your Excellency",
			"reviewer", Instant.now());

	@Test
	void theSubjectNamesTheAppealAndBothReferences() {
		assertThat(LetterMail.subject(APPEAL, "CHN 3/2026")).isEqualTo("Do not return the five [Ref. CHN 3/2026 A-1A2B3C4D]");
	}

	@Test
	void aReplysSubjectGivesTheReferenceBackWhateverItsPrefixAndCase() {
		assertThat(LetterMail.referenceIn("RE: AW: Do not return the five [ref. CHN 3/2026 a-1a2b3c4d]")).contains("A-1A2B3C4D");
	}

	@Test
	void aSubjectWithoutTheBracketedReferenceGivesNone() {
		assertThat(LetterMail.referenceIn("A-1A2B3C4D without brackets")).isEmpty();
		assertThat(LetterMail.referenceIn(null)).isEmpty();
	}

	@Test
	void theWaitDoublesAfterEachFailureUpToTheLongest() {
		DispatchProperties properties = new DispatchProperties("vigil@localhost", "", Duration.ofMinutes(1), Duration.ofMinutes(1),
				Duration.ofMinutes(5), 10, Duration.ofMinutes(10), null, null);
		assertThat(properties.waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(properties.waitAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(properties.waitAfter(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(properties.waitAfter(9)).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void theMailboxSettingsNeverShowThePassword() {
		DispatchProperties.Imap imap = new DispatchProperties.Imap("imap.example.org", 993, "replies", "s3cret-pass", "INBOX", true,
				Duration.ofMinutes(5));
		assertThat(imap.toString()).doesNotContain("s3cret-pass");
	}

}
