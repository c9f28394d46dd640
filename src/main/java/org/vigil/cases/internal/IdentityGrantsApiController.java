package org.vigil.cases.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.UserDirectory;
import org.vigil.cases.CaseStanding;
import org.vigil.cases.internal.ApiModels.ShareRequest;

/**
 * The identity permission of a case, in the API: who holds it and who asked (for the owning team),
 * granting it to someone else, and — the two-person rule — asking for it oneself, for another
 * reviewer of the team to grant or decline.
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
class IdentityGrantsApiController {

	/** Asks for the identity permission for oneself: why, and optionally until when. */
	public record PermissionRequest(@NotBlank @Size(min = IdentityAccess.MIN_REASON_LENGTH, max = 1000) String reason,
			Instant expiresAt) {
	}

	private final IdentityGrants grants;

	private final CurrentViewer viewers;

	private final UserDirectory users;

	IdentityGrantsApiController(IdentityGrants grants, CurrentViewer viewers, UserDirectory users) {
		this.grants = grants;
		this.viewers = viewers;
		this.users = users;
	}

	/** Every grant, active or ended ({@code state} ACTIVE, EXPIRED) and every request still waiting (REQUESTED). */
	@GetMapping("/identity-grants")
	List<IdentityGrants.Line> identityGrants(CaseStanding standing) {
		return grants.lines(viewers.get(), standing);
	}

	/** Grants the permission to another user; one's own is asked for with {@code identity-grant-requests}. */
	@PostMapping("/identity-grants")
	ResponseEntity<Void> grantIdentityPermission(CaseStanding standing, @Valid @RequestBody ShareRequest request) {
		grants.grant(viewers.get(), standing, CaseSharingApiController.activeUser(users, request.username()), request.expiresAt());
		return ResponseEntity.noContent().build();
	}

	/** Asks for the permission to see the case's identities, with a reason; another reviewer of the team decides. */
	@PostMapping("/identity-grant-requests")
	ResponseEntity<Map<String, UUID>> requestIdentityPermission(CaseStanding standing, @Valid @RequestBody PermissionRequest request) {
		UUID id = grants.request(viewers.get(), standing, request.reason(), request.expiresAt());
		return ResponseEntity.created(URI.create("/api/cases/" + standing.caseId() + "/identity-grant-requests/" + id))
			.body(Map.of("id", id));
	}

	/** Grants a colleague's request for the identity permission; nobody grants it to themselves. */
	@PostMapping("/identity-grant-requests/{requestId}/approve")
	ResponseEntity<Void> approveIdentityPermission(CaseStanding standing, @PathVariable UUID requestId) {
		grants.approve(viewers.get(), standing, requestId);
		return ResponseEntity.noContent().build();
	}

	/** Declines a colleague's request for the identity permission. */
	@PostMapping("/identity-grant-requests/{requestId}/decline")
	ResponseEntity<Void> declineIdentityPermission(CaseStanding standing, @PathVariable UUID requestId) {
		grants.decline(viewers.get(), standing, requestId);
		return ResponseEntity.noContent().build();
	}

}
