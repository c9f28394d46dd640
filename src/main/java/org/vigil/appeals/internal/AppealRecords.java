package org.vigil.appeals.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.VisibleCase;
import org.vigil.platform.NotFoundException;
import org.vigil.vault.KeyDestroyedException;

/**
 * Finding and reading the appeals of a case, for whoever may see the case. Reading opens the
 * protected text, so each read is audited; a purged case's appeals show that their text is gone.
 */
@Service
@Transactional(readOnly = true)
class AppealRecords {

	/** An appeal with the case it belongs to, as the viewer sees it. */
	record Found(VisibleCase caseFile, Appeal appeal) {
	}

	private final AppealRepository appeals;

	private final CaseDirectory cases;

	private final AppealText text;

	private final AppealAudit audit;

	AppealRecords(AppealRepository appeals, CaseDirectory cases, AppealText text, AppealAudit audit) {
		this.appeals = appeals;
		this.cases = cases;
		this.text = text;
		this.audit = audit;
	}

	/** The appeals of the case, newest first; one audit entry for reading them. */
	List<AppealView> list(Viewer viewer, UUID caseId) {
		cases.find(viewer, caseId);
		List<AppealView> found = appeals.findByCaseIdOrderByCreatedAtDesc(caseId).stream().map(this::view).toList();
		if (!found.isEmpty()) {
			audit.record(viewer, "appeal.listed", caseId, null, Map.of("count", String.valueOf(found.size())));
		}
		return found;
	}

	/** The appeal, read by the viewer (audited). */
	AppealView read(Viewer viewer, UUID caseId, UUID appealId) {
		Found found = find(viewer, caseId, appealId);
		audit.record(viewer, "appeal.viewed", caseId, appealId);
		return view(found.appeal());
	}

	/**
	 * @throws NotFoundException when the viewer may not see the case, or the appeal is not one of
	 *         that case's appeals
	 */
	Found find(Viewer viewer, UUID caseId, UUID appealId) {
		VisibleCase caseFile = cases.find(viewer, caseId);
		Appeal appeal = appeals.findByIdAndCaseId(appealId, caseId).orElseThrow(() -> new NotFoundException("Appeal"));
		return new Found(caseFile, appeal);
	}

	VisibleCase caseOf(Viewer viewer, UUID caseId) {
		return cases.find(viewer, caseId);
	}

	boolean mayChangeCase(Viewer viewer, UUID caseId) {
		return cases.mayChange(viewer, caseId);
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
