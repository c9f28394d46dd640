package org.vigil.cases.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Reauthentication;
import org.vigil.accounts.Role;
import org.vigil.accounts.SecondFactorStatus;
import org.vigil.accounts.Viewer;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.cases.internal.ApiModels.CaseResponse;
import org.vigil.cases.internal.ApiModels.IdentityResponse;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.RequestAddress;
import org.vigil.vault.KeyDestroyedException;
import tools.jackson.databind.json.JsonMapper;
import org.vigil.platform.Refusal;

/**
 * Bulk export of a team's cases with their protected data, under the two-person rule: one team
 * member asks, giving a reason; another reviewer of the team approves; only then may the one who
 * asked download it, once, encrypted under a passphrase of theirs. Identities are included only
 * for the cases on which the requester holds the identity permission.
 */
@Service
@Transactional
class CaseExports {

	record Request(UUID id, UUID teamId, UUID requestedBy, String requester, String reason, Instant requestedAt, String approvedBy,
			Instant downloadedAt) {

		boolean mayBeApprovedBy(Viewer viewer) {
			return approvedBy == null && !requestedBy.equals(viewer.userId()) && viewer.has(Role.REVIEWER);
		}

	}

	/** An export waiting for a second reviewer of its team. */
	record Waiting(UUID id, UUID teamId, String requester, Instant requestedAt) {
	}

	private final JdbcClient jdbc;

	private final CaseFileRepository cases;

	private final PersonRepository persons;

	private final SourceRepository sources;

	private final ProtectedFields fields;

	private final IdentityAccess identities;

	private final AuditLog audit;

	private final JsonMapper json;

	private final SecondFactorStatus secondFactors;

	private final Reauthentication reauthentication;

	CaseExports(JdbcClient jdbc, CaseFileRepository cases, PersonRepository persons, SourceRepository sources,
			ProtectedFields fields, IdentityAccess identities, AuditLog audit, JsonMapper json, SecondFactorStatus secondFactors,
			Reauthentication reauthentication) {
		this.secondFactors = secondFactors;
		this.reauthentication = reauthentication;
		this.jdbc = jdbc;
		this.cases = cases;
		this.persons = persons;
		this.sources = sources;
		this.fields = fields;
		this.identities = identities;
		this.audit = audit;
		this.json = json;
	}

	UUID request(Viewer viewer, UUID teamId, String reason) {
		if (!viewer.isMemberOf(teamId)) {
			throw Refusal.onField(CaseRule.EXPORT_TEAM_NOT_YOURS, "teamId").toException();
		}
		if (reason == null || reason.strip().length() < IdentityAccess.MIN_REASON_LENGTH) {
			throw Refusal.onField(CaseRule.EXPORT_REASON_NEEDED, "reason", IdentityAccess.MIN_REASON_LENGTH).toException();
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into export_requests (id, team_id, requested_by, requester, reason, requested_at)
				values (:id, :team, :user, :name, :reason, now())""")
			.param("id", id).param("team", teamId).param("user", viewer.userId()).param("name", viewer.username())
			.param("reason", reason.strip())
			.update();
		record(viewer, "export.requested", id, Map.of("team", teamId.toString(), "reason", reason.strip()));
		return id;
	}

	void approve(Viewer viewer, UUID exportId) {
		Request request = find(viewer, exportId);
		if (request.requestedBy().equals(viewer.userId())) {
			audit.record(AuditEvent.of(viewer.username(), "export.approved", "export", exportId, RequestAddress.current())
				.withOutcome(AuditEvent.DENIED)
				.withDetails(Map.of("reason", "requester cannot approve")));
			throw new AccessDeniedException("A bulk export needs a second person: someone other than the requester must approve it.");
		}
		if (!viewer.has(Role.REVIEWER)) {
			throw new AccessDeniedException("Approving an export takes the reviewer role.");
		}
		if (request.approvedBy() != null) {
			throw Refusal.of(CaseRule.EXPORT_ALREADY_APPROVED, request.approvedBy()).toException();
		}
		jdbc.sql("update export_requests set approved_by = :by, approved_at = now() where id = :id")
			.param("by", viewer.username()).param("id", exportId).update();
		record(viewer, "export.approved", exportId, Map.of());
	}

	/**
	 * The export, encrypted under the requester's passphrase; once only, after approval. An export
	 * that carries identities takes what a reveal takes: the passkey, and the password again unless
	 * it was checked within {@link IdentityAccess#FRESH_CHECK}.
	 */
	byte[] download(Viewer viewer, UUID exportId, char[] passphrase, String password) {
		Request request = find(viewer, exportId);
		if (!request.requestedBy().equals(viewer.userId())) {
			throw new AccessDeniedException("Only the person who asked for an export may download it.");
		}
		if (request.approvedBy() == null) {
			throw Refusal.of(CaseRule.EXPORT_NOT_APPROVED).toException();
		}
		if (request.downloadedAt() != null) {
			throw Refusal.of(CaseRule.EXPORT_ALREADY_DOWNLOADED).toException();
		}
		if (passphrase == null || passphrase.length < PassphraseEncryption.MIN_PASSPHRASE) {
			throw Refusal.onField(CaseRule.PASSPHRASE_TOO_SHORT, "passphrase", PassphraseEncryption.MIN_PASSPHRASE).toException();
		}
		boolean carriesIdentities = identities.holdsAnyInTeam(viewer, request.teamId());
		if (carriesIdentities && !secondFactors.signedInWithPasskey(viewer)) {
			// The export would carry identities: the same factor as revealing them.
			audit.record(AuditEvent.of(viewer.username(), "export.downloaded", "export", exportId, RequestAddress.current())
				.withOutcome(AuditEvent.DENIED)
				.withDetails(Map.of("reason", "not signed in with a passkey")));
			throw new AccessDeniedException(
					"An export with identities takes your passkey, as revealing them does: register one and sign in with it.");
		}
		if (carriesIdentities && !reauthentication.isRecent(IdentityAccess.FRESH_CHECK)
				&& (password == null || password.isEmpty() || !reauthentication.confirmPassword(password.toCharArray(), "export-download"))) {
			throw Refusal.onField(CaseRule.WRONG_PASSWORD, "password").toException();
		}
		List<Map<String, Object>> content = contentOf(viewer, request.teamId());
		jdbc.sql("update export_requests set downloaded_at = now() where id = :id").param("id", exportId).update();
		record(viewer, "export.downloaded", exportId, Map.of("cases", String.valueOf(content.size())));
		return PassphraseEncryption.encrypt(json.writeValueAsBytes(Map.of("exportId", exportId, "cases", content)), passphrase);
	}

	private List<Map<String, Object>> contentOf(Viewer viewer, UUID teamId) {
		List<Map<String, Object>> exported = new ArrayList<>();
		for (CaseFile caseFile : cases.findAll((root, q, cb) -> cb.equal(root.get("teamId"), teamId), Sort.by("createdAt"))) {
			boolean withIdentities = identities.holdsPermission(viewer, caseFile.id());
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("case", CaseResponse.of(caseFile, null));
			entry.put("persons", persons.findByCaseIdOrderByCreatedAtAsc(caseFile.id()).stream().map(p -> {
				Map<String, Object> person = new LinkedHashMap<>();
				person.put("id", p.id());
				person.put("publicLabel", p.profile().publicLabel());
				person.put("kind", p.profile().kind());
				person.put("numberOfPersons", p.profile().numberOfPersons());
				if (withIdentities) {
					person.put("identity", openOrPurged(caseFile.id(), p));
				}
				return person;
			}).toList());
			entry.put("sources", sources.ofCase(caseFile.id()).stream()
				.map(s -> Map.of("id", s.id(), "label", s.storedDetails().label(), "reliability", s.storedDetails().reliability()))
				.toList());
			exported.add(entry);
		}
		return exported;
	}

	private Object openOrPurged(UUID caseId, Person person) {
		try {
			return IdentityResponse.of(fields.open(caseId, person.id(), person.identity()));
		}
		catch (KeyDestroyedException purged) {
			return "[purged]";
		}
	}

	/** The export, for a member of its team; anyone else is told it does not exist. */
	@Transactional(readOnly = true)
	Request find(Viewer viewer, UUID exportId) {
		return jdbc.sql("""
				select id, team_id, requested_by, requester, reason, requested_at, approved_by, downloaded_at
				from export_requests where id = :id""")
			.param("id", exportId)
			.query((rs, n) -> new Request(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getString(5), instant(rs.getObject(6, OffsetDateTime.class)), rs.getString(7),
					instant(rs.getObject(8, OffsetDateTime.class))))
			.optional()
			.filter(r -> viewer.isMemberOf(r.teamId()))
			.orElseThrow(() -> new NotFoundException("Export"));
	}

	/** The exports a reviewer could approve: of their teams, not approved yet, asked by someone else. */
	@Transactional(readOnly = true)
	List<Waiting> waitingFor(Viewer viewer, int limit) {
		if (!viewer.has(Role.REVIEWER) || viewer.teamIds().isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, team_id, requester, requested_at from export_requests
				where approved_by is null and team_id in (:teams) and requested_by <> :user
				order by requested_at limit :limit""")
			.param("teams", viewer.teamIds()).param("user", viewer.userId()).param("limit", limit)
			.query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					instant(rs.getObject(4, OffsetDateTime.class))))
			.list();
	}

	private static Instant instant(OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}

	private void record(Viewer viewer, String action, UUID exportId, Map<String, String> details) {
		audit.record(AuditEvent.of(viewer.username(), action, "export", exportId, RequestAddress.current()).withDetails(details));
	}

}
