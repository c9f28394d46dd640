package org.vigil.appeals.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Role;
import org.vigil.accounts.UserDirectory;
import org.vigil.accounts.Viewer;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.RequestAddress;

/**
 * Setting how a user signs letters: the user themself, or an administrator for anyone. Each change
 * is audited (the user's id, never the name or title given).
 */
@Service
@Transactional
class SigningProfiles {

	/** The name printed, the signing title and the optional address for notices, as given. */
	record Entry(String printedName, String title, String noticeEmail) {

		static Entry of(SigningProfile profile) {
			return new Entry(profile.printedName(), profile.title(), profile.noticeEmail());
		}

	}

	private final SigningProfileRepository profiles;

	private final UserDirectory users;

	private final AuditLog audit;

	SigningProfiles(SigningProfileRepository profiles, UserDirectory users, AuditLog audit) {
		this.profiles = profiles;
		this.users = users;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	Optional<Entry> of(UUID userId) {
		return profiles.findById(userId).map(Entry::of);
	}

	/** The viewer's own profile. */
	Entry setOwn(Viewer viewer, Entry entry) {
		return set(viewer, viewer.userId(), entry);
	}

	/**
	 * An administrator sets a user's profile; for anyone else the user is not found.
	 * @throws NotFoundException when there is no such user, or the viewer is not an administrator
	 */
	Entry setFor(Viewer viewer, UUID userId, Entry entry) {
		if (!viewer.has(Role.ADMINISTRATOR) || users.usernames(java.util.List.of(userId)).isEmpty()) {
			throw new NotFoundException("User");
		}
		return set(viewer, userId, entry);
	}

	private Entry set(Viewer viewer, UUID userId, Entry entry) {
		SigningProfile profile = profiles.findById(userId).orElseGet(() -> new SigningProfile(userId));
		profile.change(entry.printedName().strip(), entry.title().strip(),
				entry.noticeEmail() == null || entry.noticeEmail().isBlank() ? null : entry.noticeEmail().strip(), viewer.username());
		profiles.saveAndFlush(profile);
		audit.record(AuditEvent.of(viewer.username(), "signing-profile.changed", "user", userId, RequestAddress.current())
			.withDetails(Map.of("user", userId.toString())));
		return Entry.of(profile);
	}

}
