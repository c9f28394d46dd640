package org.vigil.publishing.internal.prepare;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.Refusal;

/** Every rule of who may do what to a publication, in one place: each answers a refusal, or nothing when the step may be taken. */
final class PublicationPolicy {

	/** The longest embargo: a release that far off is a mistake rather than a plan. */
	static final Duration LONGEST_EMBARGO = Duration.ofDays(366);

	private PublicationPolicy() {
	}

	/** A reviewer of the team that owns the case (as for approving its appeals), whose protected data still exists. */
	static Optional<Refusal> mayWorkOn(Viewer viewer, CaseStanding standing) {
		if (!viewer.has(Role.REVIEWER)) {
			return Optional.of(Refusal.of(PublicationRule.REVIEWER_REQUIRED));
		}
		if (!viewer.isMemberOf(standing.visibleCase().teamId())) {
			return Optional.of(Refusal.of(PublicationRule.NOT_THE_TEAMS));
		}
		if (standing.purged()) {
			return Optional.of(Refusal.of(PublicationRule.PURGED_CASE_NOT_PUBLISHED));
		}
		return Optional.empty();
	}

	static Optional<Refusal> mayEdit(Viewer viewer, CaseStanding standing, Publication publication) {
		return mayWorkOn(viewer, standing).or(() -> publication.status() == PublicationStatus.DRAFT ? Optional.empty()
				: Optional.of(Refusal.of(PublicationRule.NO_LONGER_A_DRAFT)));
	}

	/** The two-person rule: a reviewer who neither prepared nor last edited the draft releases it, at once or at an embargo ahead. */
	static Optional<Refusal> mayRelease(Viewer viewer, CaseStanding standing, Publication publication, Instant embargoUntil,
			Instant now) {
		return mayEdit(viewer, standing, publication).or(() -> {
			if (viewer.username().equals(publication.preparedBy()) || viewer.username().equals(publication.editedBy())) {
				return Optional.of(Refusal.of(PublicationRule.SECOND_REVIEWER_REQUIRED));
			}
			if (publication.text().region() == null) {
				return Optional.of(Refusal.onField(PublicationRule.TAG_REQUIRED, "region", "region"));
			}
			if (publication.text().countryCode() == null) {
				return Optional.of(Refusal.onField(PublicationRule.TAG_REQUIRED, "countryCode", "countryCode"));
			}
			if (embargoUntil != null && (!embargoUntil.isAfter(now) || embargoUntil.isAfter(now.plus(LONGEST_EMBARGO)))) {
				return Optional.of(Refusal.onField(PublicationRule.EMBARGO_OUT_OF_RANGE, "embargoUntil"));
			}
			return Optional.empty();
		});
	}

	static Optional<Refusal> mayCorrect(Viewer viewer, CaseStanding standing, Publication publication, String note) {
		return mayWorkOn(viewer, standing).or(() -> {
			if (publication.status() != PublicationStatus.PUBLISHED) {
				return Optional.of(Refusal.of(PublicationRule.NOT_PUBLISHED));
			}
			return note == null || note.isBlank() ? Optional.of(Refusal.onField(PublicationRule.NOTE_REQUIRED, "note")) : Optional.empty();
		});
	}

	static Optional<Refusal> mayWithdraw(Viewer viewer, CaseStanding standing, Publication publication, String notice) {
		return mayWorkOn(viewer, standing).or(() -> {
			if (publication.status() != PublicationStatus.PUBLISHED && publication.status() != PublicationStatus.EMBARGOED) {
				return Optional.of(Refusal.of(PublicationRule.NOT_PUBLISHED));
			}
			return notice == null || notice.isBlank() ? Optional.of(Refusal.onField(PublicationRule.NOTICE_REQUIRED, "notice"))
					: Optional.empty();
		});
	}

}
