package org.vigil.appeals.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.vigil.appeals.AppealStatus;

/** The JSON shapes of the appeals API. */
final class AppealApiModels {

	private AppealApiModels() {
	}

	/**
	 * An appeal as sent to {@code POST /api/cases/{caseId}/appeals} and {@code PUT …/{appealId}}
	 * ({@code version} required there). {@code subject}, {@code asks} and {@code body} are protected.
	 * {@code signatoryIds}: the users who sign it, in order (each with a signing profile, at most 10),
	 * each of whom then approves it; none, or absent when drafting: a second person approves it; absent
	 * when editing: the signatories stay. {@code partnerIds}: partner organisations that sign it too (a
	 * joint letter, at most 5), the same way.
	 */
	public record AppealRequest(
			@NotBlank @Size(max = 500) String addressee,
			@NotBlank @Size(max = 35) @Pattern(regexp = AppealContent.LANGUAGE_TAG, message = "{appeal.languageInvalid}") String language,
			@NotBlank @Size(max = 300) String subject,
			@Size(max = 10000) String asks,
			@Size(max = 100000) String body,
			Long version,
			List<UUID> signatoryIds,
			List<UUID> partnerIds) {

		AppealContent content() {
			return AppealContent.typed(addressee, language, subject, asks, body);
		}

	}

	/**
	 * A review step ({@code submit}, {@code approve}, {@code return}): the {@code version} of the
	 * appeal the caller read, and for a return the {@code comment} saying what should change.
	 */
	/** {@code password}: for an approval, the approver's current password (a signature on the organisation's behalf). */
	public record StepRequest(Long version, @Size(max = AppealReview.MAX_COMMENT) String comment, @Size(max = 1000) String password) {
	}

	/**
	 * An appeal; when its case was purged, {@code purged} is true and the protected fields are null.
	 */
	public record AppealResponse(UUID id, UUID caseId, AppealStatus status, String addressee, String language,
			String subject, String asks, String body, String returnComment, boolean purged, String createdBy,
			Instant createdAt, String lastEditedBy, Instant lastEditedAt, String updatedBy, Instant updatedAt,
			String submittedBy, Instant submittedAt,
			String returnedBy, Instant returnedAt, String approvedBy, Instant approvedAt, long version, List<UUID> signatoryIds,
			List<UUID> partnerIds) {

		static AppealResponse of(AppealView a) {
			AppealContent c = a.content();
			return new AppealResponse(a.id(), a.caseId(), a.status(), c.addressee(), c.language(), c.subject(), c.asks(),
					c.body(), a.returnComment(), a.purged(), a.createdBy(), a.createdAt(), a.lastEditedBy(), a.lastEditedAt(),
					a.updatedBy(), a.updatedAt(),
					a.submittedBy(), a.submittedAt(), a.returnedBy(), a.returnedAt(), a.approvedBy(), a.approvedAt(),
					a.version(), a.signatoryIds(), a.partnerIds());
		}

	}

	/**
	 * A signatory of an appeal and their approval: {@code approved} when they approved the text it
	 * says now ({@code approvedAt} stays when they approved an earlier text, withdrawn since).
	 */
	public record SignatoryResponse(UUID userId, String username, String name, String title, boolean approved, Instant approvedAt) {

		static SignatoryResponse of(AppealSignatories.Signatory s) {
			return new SignatoryResponse(s.userId(), s.username(), s.name(), s.title(), s.approved(), s.current() ? s.approvedAt() : null);
		}

	}

	/** The approvals of an appeal's signatories; {@code complete} once every one of them approved its text. */
	public record ApprovalsResponse(List<SignatoryResponse> signatories, boolean complete) {
	}

	/** A drafted appeal's id and its first version, to edit or submit it with. */
	public record AppealDrafted(UUID id, long version) {
	}

}
