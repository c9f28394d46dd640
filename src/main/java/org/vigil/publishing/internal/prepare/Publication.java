package org.vigil.publishing.internal.prepare;

import java.time.Instant;
import java.util.UUID;

import org.vigil.publishing.PublicItem;
import org.vigil.publishing.PublicKind;

/**
 * A publication as stored, its text open ({@code null} when the case was purged).
 *
 * @param appealId the appeal it was prepared from, or {@code null} for a press release
 * @param item where it lives on the public site, once published
 */
record Publication(UUID id, UUID caseId, UUID appealId, PublicKind kind, PublicationStatus status, PublicationText text,
		String preparedBy, Instant preparedAt, String editedBy, Instant editedAt, String releasedBy, Instant releasedAt,
		Instant embargoUntil, Instant publishedAt, PublicItem item, String correctionNote, String withdrawnBy, Instant withdrawnAt,
		String withdrawalNotice, long version) {

	static Publication prepared(UUID caseId, UUID appealId, PublicKind kind, PublicationText text, String by, Instant at) {
		return new Publication(UUID.randomUUID(), caseId, appealId, kind, PublicationStatus.DRAFT, text, by, at, by, at, null, null,
				null, null, null, null, null, null, null, 0);
	}

	Publication edited(PublicationText text, String by, Instant at) {
		return new Publication(id, caseId, appealId, kind, status, text, preparedBy, preparedAt, by, at, releasedBy, releasedAt,
				embargoUntil, publishedAt, item, correctionNote, withdrawnBy, withdrawnAt, withdrawalNotice, version);
	}

	Publication embargoed(String by, Instant at, Instant until) {
		return new Publication(id, caseId, appealId, kind, PublicationStatus.EMBARGOED, text, preparedBy, preparedAt, editedBy, editedAt,
				by, at, until, null, item, correctionNote, withdrawnBy, withdrawnAt, withdrawalNotice, version);
	}

	Publication published(String by, Instant releasedAt, PublicItem item, Instant at) {
		return new Publication(id, caseId, appealId, kind, PublicationStatus.PUBLISHED, text, preparedBy, preparedAt, editedBy,
				editedAt, by, releasedAt, embargoUntil, at, item, correctionNote, withdrawnBy, withdrawnAt, withdrawalNotice, version);
	}

	Publication corrected(PublicationText text, PublicItem item, String note, String by, Instant at) {
		return new Publication(id, caseId, appealId, kind, status, text, preparedBy, preparedAt, by, at, releasedBy, releasedAt,
				embargoUntil, publishedAt, item, note, withdrawnBy, withdrawnAt, withdrawalNotice, version);
	}

	Publication withdrawn(String notice, String by, Instant at) {
		return new Publication(id, caseId, appealId, kind, PublicationStatus.WITHDRAWN, text, preparedBy, preparedAt, editedBy,
				editedAt, releasedBy, releasedAt, embargoUntil, publishedAt, item, correctionNote, by, at, notice, version);
	}

}
