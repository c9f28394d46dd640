package org.vigil.appeals.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.vigil.appeals.AppealStatus;

/**
 * An appeal as pages and the API show it, its text open. When the case was purged the protected
 * fields of {@code content} and {@code returnComment} are {@code null} and {@code purged} is true.
 *
 * @param updatedBy who took the last step of any kind, at {@code updatedAt}
 * @param facts what the rules need to decide which steps to offer
 * @param signatoryIds who signs it, in order; empty when a second person approves it
 * @param partnerIds the partner organisations of a joint appeal, in order; empty for the organisation alone
 */
record AppealView(UUID id, UUID caseId, AppealStatus status, AppealContent content, String returnComment, boolean purged,
		String createdBy, Instant createdAt, String lastEditedBy, Instant lastEditedAt, String updatedBy, Instant updatedAt,
		String submittedBy, Instant submittedAt, String returnedBy, Instant returnedAt, String approvedBy, Instant approvedAt,
		long version, AppealFacts facts, List<UUID> signatoryIds,
		List<UUID> partnerIds) {

	static AppealView open(Appeal appeal, AppealContent content, String returnComment) {
		return of(appeal, content, returnComment, false);
	}

	/** The appeal of a purged case: who did what stays, the text is gone. */
	static AppealView purged(Appeal appeal) {
		AppealContent stored = appeal.sealedContent();
		return of(appeal, new AppealContent(stored.addressee(), stored.language(), null, null, null), null, true);
	}

	private static AppealView of(Appeal a, AppealContent content, String returnComment, boolean purged) {
		return new AppealView(a.id(), a.caseId(), a.status(), content, returnComment, purged, a.createdBy(), a.createdAt(),
				a.lastEditedBy(), a.lastEditedAt(), a.updatedBy(), a.updatedAt(), a.submittedBy(), a.submittedAt(),
				a.returnedBy(), a.returnedAt(), a.approvedBy(), a.approvedAt(), a.version(), a.facts(purged), a.signatories(), a.partners());
	}

}
