package org.vigil.law.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.law.RiskProfile;
import org.vigil.law.RiskProfiles;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;

/**
 * The risk profiles: read by everyone who drafts appeals, curated by administrators. Every edit
 * names the version it was made on, is kept in the history (Envers) and is in the audit log.
 * A profile read is kept while its revision stays the same (V181: every change to the profile or
 * one of its claims moves it on, whoever writes it), so that drafting does not read it again for
 * each letter.
 */
@Component
class RiskProfileRecords implements RiskProfiles {

	static final int MAX_SUMMARY = 4000;

	static final int MAX_TEXT = 2000;

	static final int MAX_CITATION = 500;

	/** At most this many claims per profile: a profile is read in full before a letter goes out. */
	static final int MAX_CLAIMS = 60;

	private final RiskProfileRepository profiles;

	private final RiskClaimRepository claims;

	private final LawAudit audit;

	private final Clock clock;

	/** Each profile as last read, with the revision it was read at. */
	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	private record Kept(long revision, RiskProfile profile) {
	}

	private final JdbcClient jdbc;

	RiskProfileRecords(RiskProfileRepository profiles, RiskClaimRepository claims, LawAudit audit, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.profiles = profiles;
		this.claims = claims;
		this.audit = audit;
		this.clock = Clock.systemUTC();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RiskProfile> of(String iso2) {
		String country = iso2 == null ? "" : iso2;
		// The revision is read before the profile: a change committed in between is read with the
		// revision before it, and the next call, seeing the new revision, reads the profile again.
		Optional<Long> revision = revisionOf(country);
		if (revision.isEmpty()) {
			return Optional.empty();
		}
		Kept last = kept.get(country);
		if (last != null && last.revision() == revision.get()) {
			return Optional.of(last.profile());
		}
		Optional<RiskProfile> read = profiles.findById(country).map(this::view);
		read.ifPresent(profile -> kept.put(country, new Kept(revision.get(), profile)));
		return read;
	}

	/**
	 * The profile's revision now, empty when there is no profile. Read in SQL, past the entities: every
	 * edit here is flushed at once, so a transaction that changed a profile reads the revision its own
	 * change took.
	 */
	private Optional<Long> revisionOf(String country) {
		return jdbc.sql("select revision from law_risk_profiles where country = :country").param("country", country)
			.query(Long.class).optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> countries() {
		return profiles.findAllByOrderByCountry().stream().map(RiskProfileEntity::country).toList();
	}

	/** Changes the summary of the profile, made on {@code version}. */
	@Transactional
	public Optional<Refusal> summarise(Viewer viewer, String country, String summary, long version) {
		RiskProfileEntity profile = profiles.findById(country).orElseThrow(() -> new NotFoundException("risk profile"));
		Optional<Refusal> refusal = LawPolicy.mayCurate(viewer).or(() -> TextChecks.text("summary", summary, MAX_SUMMARY, true));
		if (refusal.isEmpty() && profile.version() != version) {
			refusal = Optional.of(Refusal.of(LawRefusal.LAW_STALE_EDIT, profile.version()).with("currentVersion", profile.version()));
		}
		if (refusal.isPresent()) {
			audit.denied(viewer, "risk-profile.changed", "risk-profile", country, refusal.get());
			return refusal;
		}
		profile.summarise(TextChecks.clean(summary));
		profiles.saveAndFlush(profile);
		audit.record(viewer, "risk-profile.changed", "risk-profile", country, Map.of());
		return Optional.empty();
	}

	/** Adds a claim at the end of the profile. */
	@Transactional
	public Optional<Refusal> addClaim(Viewer viewer, String country, RiskClaimEntity.ClaimEdit edit) {
		profiles.findById(country).orElseThrow(() -> new NotFoundException("risk profile"));
		List<RiskClaimEntity> existing = claims.findByCountryOrderByPosition(country);
		Optional<Refusal> refusal = LawPolicy.mayCurate(viewer).or(() -> check(edit));
		if (refusal.isEmpty() && existing.size() >= MAX_CLAIMS) {
			refusal = Optional.of(Refusal.onField(LawRefusal.LAW_TEXT_TOO_LONG, "text", MAX_CLAIMS));
		}
		if (refusal.isPresent()) {
			audit.denied(viewer, "risk-claim.added", "risk-profile", country, refusal.get());
			return refusal;
		}
		int position = existing.stream().mapToInt(RiskClaimEntity::position).max().orElse(-1) + 1;
		RiskClaimEntity claim = claims.saveAndFlush(new RiskClaimEntity(country, position, cleaned(edit)));
		audit.record(viewer, "risk-claim.added", "risk-claim", claim.id(), Map.of("country", country));
		return Optional.empty();
	}

	/** Changes a claim, made on {@code version}. */
	@Transactional
	public Optional<Refusal> changeClaim(Viewer viewer, String country, UUID claimId, RiskClaimEntity.ClaimEdit edit, long version) {
		RiskClaimEntity claim = claim(country, claimId);
		Optional<Refusal> refusal = LawPolicy.mayCurate(viewer).or(() -> check(edit));
		if (refusal.isEmpty() && claim.version() != version) {
			refusal = Optional.of(Refusal.of(LawRefusal.LAW_STALE_EDIT, claim.version()).with("currentVersion", claim.version()));
		}
		if (refusal.isPresent()) {
			audit.denied(viewer, "risk-claim.changed", "risk-claim", claimId, refusal.get());
			return refusal;
		}
		claim.apply(cleaned(edit));
		claims.saveAndFlush(claim);
		audit.record(viewer, "risk-claim.changed", "risk-claim", claimId, Map.of("country", country));
		return Optional.empty();
	}

	/** Removes a claim, made on {@code version}; the history keeps what it said. */
	@Transactional
	public Optional<Refusal> removeClaim(Viewer viewer, String country, UUID claimId, long version) {
		RiskClaimEntity claim = claim(country, claimId);
		Optional<Refusal> refusal = LawPolicy.mayCurate(viewer);
		if (refusal.isEmpty() && claim.version() != version) {
			refusal = Optional.of(Refusal.of(LawRefusal.LAW_STALE_EDIT, claim.version()).with("currentVersion", claim.version()));
		}
		if (refusal.isPresent()) {
			audit.denied(viewer, "risk-claim.removed", "risk-claim", claimId, refusal.get());
			return refusal;
		}
		claims.delete(claim);
		claims.flush();
		audit.record(viewer, "risk-claim.removed", "risk-claim", claimId, Map.of("country", country));
		return Optional.empty();
	}

	/** The version of the profile's summary, which its edit form carries. */
	@Transactional(readOnly = true)
	public long summaryVersion(String country) {
		return profiles.findById(country).map(RiskProfileEntity::version).orElseThrow(() -> new NotFoundException("risk profile"));
	}

	/** The claim of this country's profile, or 404. */
	RiskProfile.Claim claimOf(String country, UUID claimId) {
		return claim(country, claimId).view();
	}

	private RiskClaimEntity claim(String country, UUID claimId) {
		return claims.findById(claimId).filter(c -> c.country().equals(country))
			.orElseThrow(() -> new NotFoundException("risk claim"));
	}

	Optional<Refusal> check(RiskClaimEntity.ClaimEdit edit) {
		if (edit.group() == null) {
			return Optional.of(Refusal.onField(LawRefusal.LAW_VALUE_NOT_OFFERED, "group"));
		}
		return TextChecks.text("text", edit.text(), MAX_TEXT, true)
			.or(() -> TextChecks.text("citation", edit.citation(), MAX_CITATION, false))
			.or(() -> TextChecks.date("reviewedOn", edit.reviewedOn(), LocalDate.now(clock)));
	}

	private static RiskClaimEntity.ClaimEdit cleaned(RiskClaimEntity.ClaimEdit edit) {
		return new RiskClaimEntity.ClaimEdit(edit.group(), TextChecks.clean(edit.text()), TextChecks.clean(edit.citation()),
				edit.verified() && TextChecks.clean(edit.citation()) != null, edit.reviewedOn());
	}


	private RiskProfile view(RiskProfileEntity profile) {
		List<RiskProfile.Claim> list = claims.findByCountryOrderByPosition(profile.country()).stream().map(RiskClaimEntity::view).toList();
		long version = profile.version() + list.stream().mapToLong(RiskProfile.Claim::version).sum() + list.size();
		return new RiskProfile(profile.country(), profile.summary(), list, version);
	}

}
