package org.vigil.appeals.internal;

import java.time.Instant;
import java.util.UUID;

import org.vigil.appeals.AppealStatus;

/**
 * An appeal as pages and the API show it, its text open. When the case was purged the protected
 * fields of {@code content} and {@code returnComment} are {@code null} and {@code purged} is true.
 *
 * @param facts what the rules need to decide which steps to offer
 */
record AppealView(UUID id, UUID caseId, AppealStatus status, AppealContent content, String returnComment, boolean purged,
		String createdBy, Instant createdAt, String lastEditedBy, Instant updatedAt, String submittedBy, Instant submittedAt,
		String returnedBy, Instant returnedAt, String approvedBy, Instant approvedAt, long version, AppealFacts facts) {

	static AppealView open(Appeal appeal, AppealContent content, String returnComment) {
		return new AppealView(appeal.id(), appeal.caseId(), appeal.status(), content, returnComment, false,
				appeal.createdBy(), appeal.createdAt(), appeal.lastEditedBy(), appeal.updatedAt(), appeal.submittedBy(),
				appeal.submittedAt(), appeal.returnedBy(), appeal.returnedAt(), appeal.approvedBy(), appeal.approvedAt(),
				appeal.version(), appeal.facts(false));
	}

	/** The appeal of a purged case: who did what stays, the text is gone. */
	static AppealView purged(Appeal appeal) {
		AppealContent stored = appeal.sealedContent();
		return new AppealView(appeal.id(), appeal.caseId(), appeal.status(),
				new AppealContent(stored.addressee(), stored.language(), null, null, null), null, true,
				appeal.createdBy(), appeal.createdAt(), appeal.lastEditedBy(), appeal.updatedAt(), appeal.submittedBy(),
				appeal.submittedAt(), appeal.returnedBy(), appeal.returnedAt(), appeal.approvedBy(), appeal.approvedAt(),
				appeal.version(), appeal.facts(true));
	}

}
