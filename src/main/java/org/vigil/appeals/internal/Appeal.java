package org.vigil.appeals.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.AppealStatus;

/**
 * An appeal about a case. It keeps who took each step, and everyone who drafted, edited or
 * submitted it ({@link #contributors}): the second person who approves it must be none of them.
 * The protected text arrives and leaves sealed; this class never sees it open.
 */
@Entity
@Table(name = "appeals")
class Appeal {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID caseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AppealStatus status;

	@Column(nullable = false, length = 500)
	private String addressee;

	@Column(nullable = false, length = 35)
	private String language;

	/** Sealed (see AppealText), as are asks, body and the return comment. */
	@Column(nullable = false, columnDefinition = "text")
	private String subject;

	@Column(columnDefinition = "text")
	private String asks;

	@Column(columnDefinition = "text")
	private String body;

	@Column(columnDefinition = "text")
	private String returnComment;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false, length = 64)
	private String createdBy;

	/** When the last step of any kind was taken, and by whom. */
	@Column(nullable = false)
	private Instant updatedAt;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant lastEditedAt;

	@Column(nullable = false, length = 64)
	private String lastEditedBy;

	private Instant submittedAt;

	@Column(length = 64)
	private String submittedBy;

	private Instant returnedAt;

	@Column(length = 64)
	private String returnedBy;

	private Instant approvedAt;

	@Column(length = 64)
	private String approvedBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "appeal_contributors", joinColumns = @JoinColumn(name = "appeal_id"))
	@Column(name = "user_id")
	private Set<UUID> contributors = new HashSet<>();

	/** Who signs it, in order; when there are any, each of them approves it (see {@link AppealSigning}). */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "appeal_signatories", joinColumns = @JoinColumn(name = "appeal_id"))
	@OrderColumn(name = "position")
	@Column(name = "user_id")
	private List<UUID> signatories = new ArrayList<>();

	/** Partner organisations that sign it too (a joint appeal), in the order their logos appear. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "appeal_partners", joinColumns = @JoinColumn(name = "appeal_id"))
	@OrderColumn(name = "position")
	@Column(name = "partner_id")
	private List<UUID> partners = new ArrayList<>();

	/** Null until first saved, so that saving a new appeal inserts it rather than merging it. */
	@Version
	private Long version;

	protected Appeal() {
	}

	/** @param sealed the content with its protected fields already sealed */
	Appeal(UUID id, UUID caseId, AppealContent sealed, Viewer by) {
		this.id = id;
		this.caseId = caseId;
		this.status = AppealStatus.DRAFT;
		this.createdAt = Instant.now();
		this.createdBy = by.username();
		change(sealed, by);
	}

	/** @param sealed the content with its protected fields already sealed */
	void change(AppealContent sealed, Viewer by) {
		this.addressee = sealed.addressee();
		this.language = sealed.language();
		this.subject = sealed.subject();
		this.asks = sealed.asks();
		this.body = sealed.body();
		this.lastEditedAt = Instant.now();
		this.lastEditedBy = by.username();
		this.contributors.add(by.userId());
		stepTaken(lastEditedAt, by);
	}

	void submit(Viewer by) {
		this.status = AppealStatus.IN_REVIEW;
		this.submittedAt = Instant.now();
		this.submittedBy = by.username();
		this.contributors.add(by.userId());
		stepTaken(submittedAt, by);
	}

	/** @param sealedComment the reviewer's comment, sealed */
	void returnToDraft(String sealedComment, Viewer by) {
		this.status = AppealStatus.DRAFT;
		this.returnComment = sealedComment;
		this.returnedAt = Instant.now();
		this.returnedBy = by.username();
		stepTaken(returnedAt, by);
	}

	void approve(Viewer by) {
		this.status = AppealStatus.APPROVED;
		this.approvedAt = Instant.now();
		this.approvedBy = by.username();
		stepTaken(approvedAt, by);
	}

	/** A signatory withdrew their approval before the letter was sent: it waits for them again. */
	void withdrawApproval(Viewer by) {
		this.status = AppealStatus.IN_REVIEW;
		this.approvedAt = null;
		this.approvedBy = null;
		stepTaken(Instant.now(), by);
	}

	/** @param signatories who signs, in order; whether they are known users was checked before */
	void chooseSignatories(List<UUID> signatories) {
		if (!this.signatories.equals(signatories)) {
			this.signatories.clear();
			this.signatories.addAll(signatories);
		}
	}

	/** @param partners the partner organisations of a joint appeal, checked before; none for the organisation alone */
	void joinPartners(List<UUID> partners) {
		if (!this.partners.equals(partners)) {
			this.partners.clear();
			this.partners.addAll(partners);
		}
	}

	private void stepTaken(Instant at, Viewer by) {
		this.updatedAt = at;
		this.updatedBy = by.username();
	}

	/** The content as stored: subject, asks and body are sealed. */
	AppealContent sealedContent() {
		return new AppealContent(addressee, language, subject, asks, body);
	}

	/** What the rules need to know about this appeal; {@code purged}: its case's key is destroyed. */
	AppealFacts facts(boolean purged) {
		return new AppealFacts(status, Set.copyOf(contributors), sealedContent().isComplete(), purged);
	}

	UUID id() { return id; }
	UUID caseId() { return caseId; }
	AppealStatus status() { return status; }
	String sealedReturnComment() { return returnComment; }
	Instant createdAt() { return createdAt; }
	String createdBy() { return createdBy; }
	Instant updatedAt() { return updatedAt; }
	String updatedBy() { return updatedBy; }
	Instant lastEditedAt() { return lastEditedAt; }
	String lastEditedBy() { return lastEditedBy; }
	Instant submittedAt() { return submittedAt; }
	String submittedBy() { return submittedBy; }
	Instant returnedAt() { return returnedAt; }
	String returnedBy() { return returnedBy; }
	Instant approvedAt() { return approvedAt; }
	String approvedBy() { return approvedBy; }
	long version() { return version; }
	List<UUID> signatories() { return List.copyOf(signatories); }
	List<UUID> partners() { return List.copyOf(partners); }

}
