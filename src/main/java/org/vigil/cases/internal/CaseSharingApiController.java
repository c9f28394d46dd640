package org.vigil.cases.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Reauthentication;
import org.vigil.accounts.UserDirectory;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.internal.ApiModels.RevealRequest;
import org.vigil.cases.internal.ApiModels.ShareRequest;
import org.vigil.platform.Refusal;

/**
 * Who may see a case and its identities, in the API: sharing the case with a colleague outside its
 * team, revealing its identities to oneself. Granting the identity permission is
 * {@link IdentityGrantsApiController}.
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
class CaseSharingApiController {

	/** Until when the case's identities are revealed to the caller. */
	record Revealed(Instant revealedUntil) {
	}

	private final CaseRegistry registry;

	private final IdentityReveals reveals;

	private final CurrentViewer viewers;

	private final UserDirectory users;

	private final Reauthentication reauthentication;

	CaseSharingApiController(CaseRegistry registry, IdentityReveals reveals, CurrentViewer viewers, UserDirectory users,
			Reauthentication reauthentication) {
		this.registry = registry;
		this.reveals = reveals;
		this.viewers = viewers;
		this.users = users;
		this.reauthentication = reauthentication;
	}

	/**
	 * Shares a case with a colleague outside its team, until {@code expiresAt} or until revoked.
	 *
	 * <p>Reviewers of the owning team share; the colleague then sees the case, not its identities.
	 */
	@PostMapping("/shares")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> shareCase(CaseStanding standing, @Valid @RequestBody ShareRequest request) {
		registry.share(viewers.get(), standing, activeUser(request), request.expiresAt());
		return ResponseEntity.noContent().build();
	}

	/**
	 * Reveals the identities of the case to the caller for 15 minutes.
	 *
	 * <p>Needs the case's identity permission, a stated reason and the caller's password (API calls carry no session to
	 * be recent in); the reveal is audited. Until {@code revealedUntil}, the person and source answers carry names and
	 * contacts.
	 */
	@PostMapping("/reveal")
	ResponseEntity<Revealed> revealIdentities(CaseStanding standing, @Valid @RequestBody RevealRequest request) {
		if (!reauthentication.confirmPassword(request.password().toCharArray(), IdentityAccess.REVEAL_CHECK)) {
			throw Refusal.onField(CaseRule.WRONG_PASSWORD, "password").toException();
		}
		return ResponseEntity.ok(new Revealed(reveals.revealIdentities(viewers.get(), standing, request.reason())));
	}

	private UUID activeUser(ShareRequest request) {
		return activeUser(users, request.username());
	}

	/** The id of the active user named in a request; refused on {@code username} when there is none. */
	static UUID activeUser(UserDirectory users, String username) {
		return users.findEnabledUser(username).orElseThrow(() -> Refusal.onField(CaseRule.UNKNOWN_USER, "username").toException());
	}

}
