package org.vigil.appeals.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.group.GroupSequenceProvider;
import org.hibernate.validator.spi.group.DefaultGroupSequenceProvider;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.AppealStatus;
import org.vigil.appeals.DraftSource.Ask;
import org.vigil.appeals.DraftSource.DraftOrder;
import org.vigil.cases.CaseStanding;
import org.vigil.letters.LetterKind;
import org.vigil.platform.Refusal;

/** The JSON shapes of the appeals API. */
final class AppealApiModels {

	private AppealApiModels() {
	}

	/**
	 * An appeal as sent to {@code POST /api/cases/{caseId}/appeals} and {@code PUT …/{appealId}}
	 * ({@code version} required there). {@code subject}, {@code asks} and {@code body} are protected.
	 *
	 * <p>With {@code "generate": true} (drafting only) Vigil writes the draft from the case's facts:
	 * send the {@code kind}, the {@code language} and the directory entries in {@code addresseeIds}
	 * and {@code copyIds}, and optionally {@code chosenAsks} and the unverified sources the drafter
	 * {@code confirmed}; {@code addressee}, {@code subject}, {@code asks} and {@code body} are then not
	 * needed. {@code "includeIdentities": true} names the people in the letter, which then says it holds
	 * identities: only while the case's identities are revealed to you (otherwise {@code 403}).
	 *
	 * {@code signatoryIds}: the users who sign it, in order (each with a signing profile, at most 10),
	 * each of whom then approves it; none, or absent when drafting: a second person approves it; absent
	 * when editing: the signatories stay. {@code partnerIds}: partner organisations that sign it too (a
	 * joint letter, at most 5), the same way. {@code followsUp}: for {@code "kind": "FOLLOW_UP_APPEAL"}, the earlier appeal
	 * of the case (approved and sent) that the letter follows up.
	 */
	@GroupSequenceProvider(AppealRequest.Groups.class)
	public record AppealRequest(
			@NotBlank(groups = Typed.class) @Size(max = 2000) String addressee,
			@NotBlank @Size(max = 35) @Pattern(regexp = AppealContent.LANGUAGE_TAG, message = "{appeal.languageInvalid}") String language,
			@NotBlank(groups = Typed.class) @Size(max = 300) String subject,
			@Size(max = 10000) String asks,
			@Size(max = 100000) String body,
			Long version,
			@Size(max = 30) String kind,
			@Size(max = MAX_ENTRIES) List<@NotNull UUID> addresseeIds,
			@Size(max = MAX_ENTRIES) List<@NotNull UUID> copyIds,
			@Size(max = 10) List<@NotNull Ask> chosenAsks,
			@Size(max = 100) Set<@NotBlank @Size(max = 300) String> confirmed,
			Boolean includeIdentities,
			Boolean generate,
			List<UUID> signatoryIds,
			List<UUID> partnerIds,
			UUID followsUp) {

		/** The most addressees, and the most copies, one letter has. */
		static final int MAX_ENTRIES = 10;

		AppealContent content() {
			return AppealContent.typed(addressee, language, subject, asks, body);
		}

		boolean generated() {
			return Boolean.TRUE.equals(generate);
		}

		DraftOrder order(CaseStanding standing, Viewer drafter) {
			if (addresseeIds == null || addresseeIds.isEmpty()) {
				throw Refusal.onField(AppealRule.ADDRESSEE_REQUIRED, "addresseeIds").toException();
			}
			return new DraftOrder(standing, drafter, letterKind(), content().language(), addresseeIds, copyIds, chosenAsks, confirmed,
					Boolean.TRUE.equals(includeIdentities), followsUp);
		}

		/** The kind of letter to generate: only a kind of letters Vigil writes, {@code URGENT_APPEAL} when none is given. */
		private LetterKind letterKind() {
			if (kind == null || kind.isBlank()) {
				return LetterKind.URGENT_APPEAL;
			}
			return java.util.Arrays.stream(LetterKind.values()).filter(k -> k.name().equals(kind.strip())).findFirst()
				.orElseThrow(() -> Refusal.onField(AppealRule.KIND_UNKNOWN, "kind", kind).toException());
		}

		/** The checks of a typed appeal: an appeal Vigil generates has no addressee or subject yet. */
		interface Typed {
		}

		/** Checks the typed fields unless the appeal is to be generated. */
		public static class Groups implements DefaultGroupSequenceProvider<AppealRequest> {

			@Override
			public List<Class<?>> getValidationGroups(Class<?> type, AppealRequest request) {
				return request != null && request.generated() ? List.of(AppealRequest.class) : List.of(AppealRequest.class, Typed.class);
			}

		}

	}

	/**
	 * A follow-up of an earlier appeal, {@code POST …/{appealId}/follow-up}: every field may be left out.
	 * {@code addresseeIds} and {@code copyIds}: the directory entries it goes to, in place of those the
	 * earlier appeal was generated for (needed when the earlier one was written by hand).
	 */
	public record FollowUpRequest(@Size(max = AppealRequest.MAX_ENTRIES) List<@NotNull UUID> addresseeIds,
			@Size(max = AppealRequest.MAX_ENTRIES) List<@NotNull UUID> copyIds) {
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

	/**
	 * A drafted appeal's id and its first version, to edit or submit it with, its status, and its
	 * text (as Vigil generated it, when it did).
	 */
	public record AppealDrafted(UUID id, long version, AppealStatus status, String addressee, String subject, String asks,
			String body) {

		static AppealDrafted of(AppealView drafted) {
			AppealContent c = drafted.content();
			return new AppealDrafted(drafted.id(), drafted.version(), drafted.status(), c.addressee(), c.subject(), c.asks(), c.body());
		}

	}

}
