package org.vigil.appeals.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.NotFoundException;
import org.vigil.vault.KeyDestroyedException;

/**
 * Finding and reading the appeals of a case, for whoever may see the case (its standing checked
 * for the request by the case registry). Reading opens the protected text, so each read is
 * audited; a purged case's appeals show that their text is gone.
 */
@Service
@Transactional(readOnly = true)
class AppealRecords {

	private final AppealRepository appeals;

	private final AppealText text;

	private final AppealAudit audit;

	AppealRecords(AppealRepository appeals, AppealText text, AppealAudit audit) {
		this.appeals = appeals;
		this.text = text;
		this.audit = audit;
	}

	/** The appeals of the case, newest first; one audit entry for reading them. */
	List<AppealView> list(Viewer viewer, CaseStanding standing) {
		List<AppealView> found = appeals.findByCaseIdOrderByCreatedAtDesc(standing.caseId()).stream().map(this::view).toList();
		if (!found.isEmpty()) {
			audit.record(viewer, "appeal.listed", standing.caseId(), null, Map.of("count", String.valueOf(found.size())));
		}
		return found;
	}

	/** The case's latest appeal, its text open; the read is audited as a listing of one. */
	Optional<AppealView> latest(Viewer viewer, CaseStanding standing) {
		Optional<AppealView> latest = appeals.findFirstByCaseIdOrderByCreatedAtDesc(standing.caseId()).map(this::view);
		latest.ifPresent(a -> audit.record(viewer, "appeal.listed", standing.caseId(), null, Map.of("count", "1")));
		return latest;
	}

	/** The appeal, read by the viewer (audited). */
	AppealView read(Viewer viewer, CaseStanding standing, UUID appealId) {
		Appeal appeal = find(standing, appealId);
		audit.record(viewer, "appeal.viewed", standing.caseId(), appealId);
		return view(appeal);
	}

	/** @throws NotFoundException when the appeal is not one of the case's appeals */
	Appeal find(CaseStanding standing, UUID appealId) {
		return appeals.findByIdAndCaseId(appealId, standing.caseId()).orElseThrow(() -> new NotFoundException("Appeal"));
	}

	/** The appeal with its text open, or marked purged when the case's key is destroyed. */
	AppealView view(Appeal appeal) {
		try {
			return AppealView.open(appeal, text.open(appeal.caseId(), appeal.id(), appeal.sealedContent()),
					text.openComment(appeal.caseId(), appeal.id(), appeal.sealedReturnComment()));
		}
		catch (KeyDestroyedException purged) {
			return AppealView.purged(appeal);
		}
	}

}
