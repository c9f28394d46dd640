package org.vigil.cases.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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
 * team, revealing its identities to oneself, granting the identity permission.
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
class CaseSharingApiController {

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

	@PostMapping("/shares")
	ResponseEntity<Void> share(CaseStanding standing, @Valid @RequestBody ShareRequest request) {
		registry.share(viewers.get(), standing, activeUser(request), request.expiresAt());
		return ResponseEntity.noContent().build();
	}

	/**
	 * Reveals the identities of the case to the caller for a while. API calls carry no session, so
	 * the password is always asked for, with the reason.
	 */
	@PostMapping("/reveal")
	ResponseEntity<Map<String, Instant>> reveal(CaseStanding standing, @Valid @RequestBody RevealRequest request) {
		if (!reauthentication.confirmPassword(request.password().toCharArray(), IdentityAccess.REVEAL_CHECK)) {
			throw Refusal.onField(CaseRule.WRONG_PASSWORD, "password").toException();
		}
		return ResponseEntity.ok(Map.of("revealedUntil", reveals.revealIdentities(viewers.get(), standing, request.reason())));
	}

	@PostMapping("/identity-grants")
	ResponseEntity<Void> grantIdentityPermission(CaseStanding standing, @Valid @RequestBody ShareRequest request) {
		reveals.grantIdentityPermission(viewers.get(), standing, activeUser(request), request.expiresAt());
		return ResponseEntity.noContent().build();
	}

	private UUID activeUser(ShareRequest request) {
		return users.findEnabledUser(request.username())
			.orElseThrow(() -> Refusal.onField(CaseRule.UNKNOWN_USER, "username").toException());
	}

}
