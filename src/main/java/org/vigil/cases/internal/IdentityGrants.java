package org.vigil.cases.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.UserDirectory;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;

/**
 * Handing out the identity permission of a case whose standing was checked for the request: a
 * reviewer of the owning team grants it to someone else; a member of the team asks for it for
 * themselves, and another reviewer grants or declines (see {@link IdentityPermissionPolicy}). Every
 * step, and every refused grant, is audited; the case's access page lists every grant — active,
 * ended — and every request still waiting.
 */
@Service
@Transactional
class IdentityGrants {

	/** One line of the case's list of who may reveal its identities. */
	enum State {
		ACTIVE, EXPIRED, REQUESTED
	}

	/**
	 * @param by who granted it, or who asked for it
	 * @param at when it was granted, or asked for
	 * @param until when it ends (or ended, or would end once granted); {@code null} for no end
	 * @param requestId the request, for a line still waiting; {@code null} otherwise
	 * @param reason why it was asked for, on a request
	 */
	record Line(State state, UUID userId, String username, String by, Instant at, Instant until, UUID requestId, String reason) {
	}

	private final IdentityAccess identities;

	private final PermissionRequests requests;

	private final UserDirectory users;

	private final CaseAudit audit;

	IdentityGrants(IdentityAccess identities, PermissionRequests requests, UserDirectory users, CaseAudit audit) {
		this.identities = identities;
		this.requests = requests;
		this.users = users;
		this.audit = audit;
	}

	/** Grants the permission to someone else; the reviewer's own is asked for instead. */
	void grant(Viewer viewer, CaseStanding standing, UUID userId, Instant expiresAt) {
		UUID caseId = standing.caseId();
		Optional<CaseRule> refusal = IdentityPermissionPolicy.toGrant(viewer, standing.visibleCase().teamId(), userId);
		if (refusal.isPresent()) {
			audit.denied(viewer, "identity.granted", caseId, refusal.get().name());
			throw Refusal.onField(refusal.get(), "username").toException();
		}
		requireFuture(expiresAt);
		identities.grant(caseId, userId, viewer.username(), expiresAt);
		audit.record(viewer, "identity.granted", caseId, Map.of("user", userId.toString()));
	}

	/** Asks for the permission for oneself, for a stated reason; answers the request's id. */
	UUID request(Viewer viewer, CaseStanding standing, String reason, Instant expiresAt) {
		UUID caseId = standing.caseId();
		IdentityPermissionPolicy.toRequest(viewer, standing.visibleCase().teamId(), identities.holdsPermission(viewer, caseId),
				requests.isWaiting(caseId, viewer.userId())).ifPresent(rule -> {
					throw Refusal.of(rule).toException();
				});
		String why = reason == null ? "" : reason.strip();
		if (why.length() < IdentityAccess.MIN_REASON_LENGTH) {
			throw Refusal.onField(CaseRule.PERMISSION_REASON_NEEDED, "reason", IdentityAccess.MIN_REASON_LENGTH).toException();
		}
		requireFuture(expiresAt);
		UUID id = requests.add(caseId, viewer.userId(), viewer.username(), why, expiresAt);
		audit.record(viewer, "identity.requested", caseId, Map.of("request", id.toString(), "reason", why));
		return id;
	}

	/** Grants what the request asked for: another reviewer of the owning team only. */
	void approve(Viewer viewer, CaseStanding standing, UUID requestId) {
		PermissionRequests.Request request = decide(viewer, standing, requestId, "identity.granted", PermissionRequests.GRANTED);
		identities.grant(standing.caseId(), request.userId(), viewer.username(), request.expiresAt());
	}

	void decline(Viewer viewer, CaseStanding standing, UUID requestId) {
		decide(viewer, standing, requestId, "identity.declined", PermissionRequests.DECLINED);
	}

	private PermissionRequests.Request decide(Viewer viewer, CaseStanding standing, UUID requestId, String action, String outcome) {
		UUID caseId = standing.caseId();
		PermissionRequests.Request request = requests.find(caseId, requestId).orElseThrow(() -> new NotFoundException("Request"));
		Optional<CaseRule> refusal = IdentityPermissionPolicy.toDecide(viewer, standing.visibleCase().teamId(), request);
		if (refusal.isPresent()) {
			audit.denied(viewer, action, caseId, refusal.get().name());
			throw (refusal.get() == CaseRule.REQUEST_DECIDED ? Refusal.of(refusal.get(), request.decidedBy()) : Refusal.of(refusal.get()))
				.toException();
		}
		if (!requests.decide(requestId, viewer.username(), outcome)) {
			// Another reviewer decided in the meantime.
			String by = requests.find(caseId, requestId).map(PermissionRequests.Request::decidedBy).orElse("");
			throw Refusal.of(CaseRule.REQUEST_DECIDED, by).toException();
		}
		audit.record(viewer, action, caseId, Map.of("user", request.userId().toString(), "request", requestId.toString()));
		return request;
	}

	/** Who holds the permission now, whose ended, and who asked: for members of the owning team. */
	@Transactional(readOnly = true)
	List<Line> lines(Viewer viewer, CaseStanding standing) {
		IdentityPermissionPolicy.toSeeGrants(viewer, standing.visibleCase().teamId()).ifPresent(rule -> {
			throw Refusal.of(rule).toException();
		});
		List<PermissionRequests.Request> waiting = requests.waitingOn(standing.caseId());
		List<IdentityAccess.Grant> grants = identities.grantsOn(standing.caseId());
		Set<UUID> userIds = new HashSet<>();
		grants.forEach(g -> userIds.add(g.userId()));
		Map<UUID, String> names = users.usernames(userIds);
		Instant now = Instant.now();
		List<Line> lines = new ArrayList<>();
		waiting.forEach(r -> lines.add(new Line(State.REQUESTED, r.userId(), r.requester(), r.requester(), r.requestedAt(),
				r.expiresAt(), r.id(), r.reason())));
		grants.stream().filter(g -> g.isActive(now)).forEach(g -> lines.add(line(State.ACTIVE, g, names)));
		grants.stream().filter(g -> !g.isActive(now)).forEach(g -> lines.add(line(State.EXPIRED, g, names)));
		return lines;
	}

	/** The requests a reviewer could decide: waiting on cases of their teams, asked by others. */
	@Transactional(readOnly = true)
	List<PermissionRequests.Waiting> waitingFor(Viewer viewer, int limit) {
		Set<UUID> teams = new HashSet<>();
		viewer.teamIds().stream().filter(team -> IdentityPermissionPolicy.mayGrant(viewer, team)).forEach(teams::add);
		return requests.waitingInTeams(teams, viewer.userId(), limit);
	}

	private static Line line(State state, IdentityAccess.Grant grant, Map<UUID, String> names) {
		return new Line(state, grant.userId(), names.getOrDefault(grant.userId(), "?"), grant.grantedBy(), grant.grantedAt(),
				grant.expiresAt(), null, null);
	}

	private static void requireFuture(Instant expiresAt) {
		if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
			throw Refusal.onField(CaseRule.EXPIRY_NOT_IN_FUTURE, "expiresAt").toException();
		}
	}

}
