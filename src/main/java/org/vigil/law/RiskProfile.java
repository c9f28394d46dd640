package org.vigil.law;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What awaits a person returned to a country, claim by claim, each with its citation and the day it
 * was last reviewed.
 *
 * @param country ISO 3166-1 alpha-2
 * @param summary one paragraph
 * @param claims the claims, in order
 * @param version changes with every edit of the profile or its claims
 */
public record RiskProfile(String country, String summary, List<Claim> claims, long version) {

	public RiskProfile {
		claims = List.copyOf(claims);
	}

	/** A claim older than this many days since its review is shown as stale. */
	public static final int STALE_AFTER_DAYS = 365;

	public List<Claim> claims(Claim.Group group) {
		return claims.stream().filter(c -> c.group() == group).toList();
	}

	/** The earliest review among the claims: the profile is as fresh as its stalest claim. */
	public LocalDate reviewedOn() {
		return claims.stream().map(Claim::reviewedOn).min(LocalDate::compareTo).orElse(null);
	}

	/**
	 * One claim about the country.
	 *
	 * @param citation where it comes from (a UN symbol with paragraphs, a report); {@code null} when uncited
	 * @param verified false when the citation or the claim was not checked: show it as unverified
	 */
	public record Claim(UUID id, Group group, String text, String citation, boolean verified, LocalDate reviewedOn,
			long version) {

		public boolean isStale(LocalDate today) {
			return reviewedOn == null || reviewedOn.plusDays(STALE_AFTER_DAYS).isBefore(today);
		}

		/** What returned people face, or who is most at risk. */
		public enum Group {
			FACES, MOST_AT_RISK
		}

	}

}
