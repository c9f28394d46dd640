package org.vigil.dispatch.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import org.springframework.stereotype.Service;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.ApprovedAppeals;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.EditRule;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.vault.KeyDestroyedException;

/**
 * What officers do with replies: read an appeal's replies, log one by hand, read the mailbox now,
 * and attach or dismiss the messages waiting in triage. Each step is checked by {@link DispatchPolicy}
 * and audited; each read of reply text is audited too.
 */
@Service
class Replies {

	private final ReplyStore store;

	private final MailboxIntake intake;

	private final ApprovedAppeals appeals;

	private final CaseDirectory cases;

	private final DispatchAudit audit;

	Replies(ReplyStore store, MailboxIntake intake, ApprovedAppeals appeals, CaseDirectory cases, DispatchAudit audit) {
		this.store = store;
		this.intake = intake;
		this.appeals = appeals;
		this.cases = cases;
		this.audit = audit;
	}

	List<Reply> ofAppeal(Viewer viewer, CaseStanding standing, UUID appealId) {
		requireAppeal(standing.caseId(), appealId);
		List<Reply> found = store.ofAppeal(standing.caseId(), appealId);
		if (!found.isEmpty()) {
			audit.record(viewer, "reply.listed", "appeal", appealId, standing.caseId(), Map.of("count", Integer.toString(found.size())));
		}
		return found;
	}

	/** Why the viewer may not log a reply on the appeal, if they may not, before its form is shown; an appeal of none is not found. */
	Optional<DispatchRule> loggingRefused(Viewer viewer, CaseStanding standing, UUID appealId) {
		requireAppeal(standing.caseId(), appealId);
		return handlingRefused(viewer, standing);
	}

	Reply log(Viewer viewer, CaseStanding standing, UUID appealId, ReplyApiModels.LoggedResponse logged) {
		return log(viewer, standing, appealId, logged, Optional.empty());
	}

	/** Logs a reply received by hand, with its scan (a PDF or an image, checked by {@link ReplyScans}) when there is one. */
	Reply log(Viewer viewer, CaseStanding standing, UUID appealId, ReplyApiModels.LoggedResponse logged, Optional<ReplyScans.Scan> scan) {
		requireAppeal(standing.caseId(), appealId);
		refuseUnless(viewer, "reply.logged", appealId, standing.caseId(), handlingRefused(viewer, standing));
		UUID id = store.log(standing.caseId(), appealId, logged.receivedVia(), logged.type(), logged.impact(), logged.sender().strip(),
				logged.subject() == null || logged.subject().isBlank() ? null : logged.subject().strip(), logged.text(), logged.receivedAt(),
				scan, viewer.username());
		audit.record(viewer, "reply.logged", ReplyStore.RECORD, id, standing.caseId(),
				Map.of("appeal", appealId.toString(), "type", logged.type().name(), "via", logged.receivedVia().name(),
						"impact", logged.impact() == null ? "none" : logged.impact().name(),
						"scanBytes", scan.map(file -> Integer.toString(file.content().length)).orElse("none")));
		return store.ofAppeal(standing.caseId(), appealId).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
	}

	/**
	 * Adds a scan to a reply logged by hand on the appeal (a second page, one forgotten): refused for a reply
	 * read from the mailbox, which came with its own attachments. Answers the reply with the scan among its files.
	 */
	Reply addScan(Viewer viewer, CaseStanding standing, UUID appealId, UUID replyId, ReplyScans.Checked checked) {
		requireAppeal(standing.caseId(), appealId);
		refuseUnless(viewer, "reply.scan.added", replyId, standing.caseId(), handlingRefused(viewer, standing));
		String matchedBy = store.matchedBy(standing.caseId(), appealId, replyId).orElseThrow(() -> new NotFoundException("Reply"));
		refuseUnless(viewer, "reply.scan.added", replyId, standing.caseId(),
				"LOGGED".equals(matchedBy) ? Optional.empty() : Optional.of(DispatchRule.REPLY_NOT_LOGGED));
		if (checked.refusal().isPresent()) {
			throw checked.refusal().get().toException();
		}
		ReplyScans.Scan scan = checked.scan().orElseThrow(() -> Refusal.onField(DispatchRule.SCAN_REQUIRED, ReplyScans.FIELD).toException());
		UUID fileId = store.addScan(standing.caseId(), replyId, scan);
		audit.record(viewer, "reply.scan.added", ReplyStore.FILE_RECORD, fileId, standing.caseId(),
				Map.of("appeal", appealId.toString(), "reply", replyId.toString(), "bytes", Integer.toString(scan.content().length)));
		return store.ofAppeal(standing.caseId(), appealId).stream().filter(r -> r.id().equals(replyId)).findFirst().orElseThrow();
	}

	/**
	 * A file of a reply to the appeal — an attachment of a message, the scan of a reply logged by hand — for
	 * whoever sees the case, as its replies are; each read is audited. A case purged took its files with its key.
	 */
	ReplyStore.FileContent file(Viewer viewer, CaseStanding standing, UUID appealId, UUID replyId, UUID fileId) {
		requireAppeal(standing.caseId(), appealId);
		refuseUnless(viewer, "reply.file.read", fileId, standing.caseId(),
				standing.purged() ? Optional.of(DispatchRule.REPLY_FILE_DESTROYED) : Optional.empty());
		ReplyStore.FileContent found;
		try {
			found = store.file(standing.caseId(), appealId, replyId, fileId).orElseThrow(() -> new NotFoundException("Reply file"));
		}
		catch (KeyDestroyedException purgedMeanwhile) {
			audit.denied(viewer, "reply.file.read", ReplyStore.FILE_RECORD, fileId, standing.caseId(), DispatchRule.REPLY_FILE_DESTROYED);
			throw Refusal.of(DispatchRule.REPLY_FILE_DESTROYED).toException();
		}
		audit.record(viewer, "reply.file.read", ReplyStore.FILE_RECORD, fileId, standing.caseId(),
				Map.of("appeal", appealId.toString(), "reply", replyId.toString()));
		return found;
	}

	/**
	 * Sets or changes the impact an officer judges a reply to show (HURIDOCS MT44; {@code null}: not judged),
	 * on the version they read: a reply matched by the mailbox has none until then.
	 */
	Reply judge(Viewer viewer, CaseStanding standing, UUID appealId, UUID replyId, ResponseImpact impact, Long version) {
		requireAppeal(standing.caseId(), appealId);
		refuseUnless(viewer, "reply.judged", replyId, standing.caseId(), handlingRefused(viewer, standing));
		long current = store.versionOf(standing.caseId(), appealId, replyId).orElseThrow(() -> new NotFoundException("Reply"));
		if (version == null) {
			throw EditRule.versionRequired().toException();
		}
		if (store.judge(standing.caseId(), appealId, replyId, impact, version).isEmpty()) {
			throw EditRule.stale(store.versionOf(standing.caseId(), appealId, replyId).orElse(current), List.of()).toException();
		}
		audit.record(viewer, "reply.judged", ReplyStore.RECORD, replyId, standing.caseId(),
				Map.of("appeal", appealId.toString(), "impact", impact == null ? "none" : impact.name()));
		return store.ofAppeal(standing.caseId(), appealId).stream().filter(r -> r.id().equals(replyId)).findFirst().orElseThrow();
	}

	List<Reply> triage(Viewer viewer) {
		refuseUnless(viewer, "reply.triage.listed", null, null, DispatchPolicy.toTriage(viewer));
		List<Reply> waiting = store.triage();
		audit.record(viewer, "reply.triage.listed", null, null, null, Map.of("count", Integer.toString(waiting.size())));
		return waiting;
	}

	MailboxIntake.Intake fetch(Viewer viewer) {
		refuseUnless(viewer, "reply.fetched", null, null, DispatchPolicy.toTriage(viewer)
			.or(() -> intake.configured() ? Optional.empty() : Optional.of(DispatchRule.MAILBOX_NOT_CONFIGURED)));
		MailboxIntake.Intake took;
		try {
			took = intake.fetch(viewer.username());
		}
		catch (MessagingException unreachable) {
			// Not the server's words: they can quote the user name it refused.
			audit.denied(viewer, "reply.fetched", ReplyStore.RECORD, null, null, DispatchRule.MAILBOX_UNREACHABLE);
			throw Refusal.of(DispatchRule.MAILBOX_UNREACHABLE, unreachable.getClass().getSimpleName()).toException();
		}
		audit.record(viewer, "reply.fetched", null, null, null, Map.of("read", Integer.toString(took.read()),
				"matched", Integer.toString(took.matched()), "triaged", Integer.toString(took.triaged())));
		return took;
	}

	/** Attaches a message in triage to an appeal of a case the viewer may see and handles replies of. */
	void attach(Viewer viewer, UUID replyId, UUID caseId, UUID appealId, ResponseType type, ResponseImpact impact) {
		refuseUnless(viewer, "reply.attached", replyId, null, DispatchPolicy.toTriage(viewer));
		store.inTriage(replyId).orElseThrow(() -> Refusal.of(DispatchRule.REPLY_NOT_IN_TRIAGE).toException());
		CaseStanding standing = cases.standing(viewer, caseId);
		requireAppeal(caseId, appealId);
		refuseUnless(viewer, "reply.attached", replyId, caseId, handlingRefused(viewer, standing));
		if (!store.attach(replyId, caseId, appealId, type, impact, viewer.username())) {
			throw Refusal.of(DispatchRule.REPLY_NOT_IN_TRIAGE).toException();
		}
		audit.record(viewer, "reply.attached", ReplyStore.RECORD, replyId, caseId, Map.of("appeal", appealId.toString(), "type", type.name(),
				"impact", impact == null ? "none" : impact.name()));
	}

	void dismiss(Viewer viewer, UUID replyId) {
		refuseUnless(viewer, "reply.dismissed", replyId, null, DispatchPolicy.toTriage(viewer));
		if (!store.dismiss(replyId, viewer.username())) {
			throw Refusal.of(DispatchRule.REPLY_NOT_IN_TRIAGE).toException();
		}
		audit.record(viewer, "reply.dismissed", ReplyStore.RECORD, replyId, null, Map.of());
	}

	/** Why the viewer may not log, judge or attach replies on the case's appeals, if they may not. */
	private static Optional<DispatchRule> handlingRefused(Viewer viewer, CaseStanding standing) {
		return DispatchPolicy.toHandleReplies(viewer, standing.visibleCase().teamId())
			.or(() -> standing.purged() ? Optional.of(DispatchRule.CASE_PURGED) : Optional.empty());
	}

	private void refuseUnless(Viewer viewer, String action, UUID recordId, UUID caseId, Optional<DispatchRule> refused) {
		if (refused.isPresent()) {
			audit.denied(viewer, action, ReplyStore.RECORD, recordId, caseId, refused.get());
			throw Refusal.of(refused.get()).toException();
		}
	}

	private void requireAppeal(UUID caseId, UUID appealId) {
		appeals.statusOf(caseId, appealId).orElseThrow(() -> new NotFoundException("Appeal"));
	}


}
