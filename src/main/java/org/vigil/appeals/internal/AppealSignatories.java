package org.vigil.appeals.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.UserDirectory;
import org.vigil.platform.Refusal;

/**
 * Who may sign, and who signs an appeal: users with a signing profile (the name printed under the
 * closing and their title), chosen by the drafter, each with their approval if they gave one.
 */
@Component
@Transactional(readOnly = true)
class AppealSignatories {

	/** Most signatories one letter carries. */
	static final int MAX = 10;

	private final SigningProfileRepository profiles;

	private final SignatoryApprovalRepository approvals;

	private final UserDirectory users;

	AppealSignatories(SigningProfileRepository profiles, SignatoryApprovalRepository approvals, UserDirectory users) {
		this.profiles = profiles;
		this.approvals = approvals;
		this.users = users;
	}

	/**
	 * One signatory of an appeal.
	 *
	 * @param approvedAt when they approved, or {@code null}
	 * @param current whether what they approved is the appeal's text now
	 */
	record Signatory(UUID userId, String username, String name, String title, Instant approvedAt, boolean current) {

		/** Whether they approved the text it says now (public: the appeal page reads it). */
		public boolean approved() {
			return approvedAt != null && current;
		}

	}

	/** A user who may be chosen as a signatory. */
	record Candidate(UUID userId, String name, String title) {
	}

	/** Everyone with a signing profile, by name. */
	List<Candidate> candidates() {
		return profiles.findAllByOrderByPrintedNameAsc().stream()
			.map(p -> new Candidate(p.userId(), p.printedName(), p.title())).toList();
	}

	private static final ChosenIds CHOICE = new ChosenIds("signatoryIds", MAX, AppealRule.TOO_MANY_SIGNATORIES,
			AppealRule.SIGNATORY_UNKNOWN, AppealRule.SIGNATORY_REPEATED);

	/** Why these cannot be an appeal's signatories, naming the entry ({@code signatoryIds[i]}); empty when they can. */
	Optional<Refusal> refusal(List<UUID> signatoryIds) {
		return CHOICE.refusal(signatoryIds, profiles::existsById);
	}

	/**
	 * The appeal's signatories in order, each with their approval.
	 * @param digest the digest of the appeal's text now ({@link SignedText}), or {@code null} when it cannot be read
	 */
	List<Signatory> of(Appeal appeal, String digest) {
		List<UUID> ids = appeal.signatories();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, SigningProfile> byUser = profiles.findAllById(ids).stream()
			.collect(Collectors.toMap(SigningProfile::userId, Function.identity()));
		Map<UUID, SignatoryApproval> approved = approvals.findByAppealId(appeal.id()).stream()
			.collect(Collectors.toMap(SignatoryApproval::userId, Function.identity()));
		Map<UUID, String> usernames = users.usernames(ids);
		List<Signatory> signatories = new ArrayList<>();
		for (UUID id : ids) {
			SigningProfile profile = byUser.get(id);
			SignatoryApproval approval = approved.get(id);
			String username = usernames.getOrDefault(id, "");
			signatories.add(new Signatory(id, username, profile == null ? username : profile.printedName(),
					profile == null ? "" : profile.title(), approval == null ? null : approval.approvedAt(),
					approval != null && approval.textDigest().equals(digest)));
		}
		return signatories;
	}

}
