package org.vigil.bench.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.vigil.cases.CaseStatus;
import org.vigil.cases.DatePrecision;
import org.vigil.cases.Outcome;
import org.vigil.cases.PersonKind;
import org.vigil.cases.PersonRole;
import org.vigil.cases.Priority;
import org.vigil.cases.Reliability;
import org.vigil.cases.Sex;

/**
 * Invents one case at a time — its reference, facts, persons and sources — and writes it into a
 * {@link CaseBatch} as the application would have stored it. Older cases are mostly closed; most
 * cases are recent; protected values are sealed by {@link ProtectedFields} as the application seals them.
 */
final class CaseFactory {

	private static final String[] THEMES = { "refugees", "forced return", "arbitrary detention", "torture",
			"enforced disappearance", "family separation", "freedom of religion", "human trafficking" };

	private static final String[] CONTACTS = { "Family member", "Church network", "Local lawyer", "Fellow detainee",
			"Journalist", "Partner organisation", "Broker", "Former detainee" };

	private static final Outcome[] CLOSED_OUTCOMES = { Outcome.RELEASED, Outcome.REACHED_SAFETY, Outcome.FORCIBLY_RETURNED,
			Outcome.UNKNOWN, Outcome.DISAPPEARED, Outcome.OTHER };

	private final SplittableRandom random;

	private final Names names;

	private final ProtectedFields vault;

	private final ReferenceCounters references;

	private final UUID teamId;

	private final String username;

	private final Instant now = Instant.now();

	CaseFactory(SplittableRandom random, ProtectedFields vault, ReferenceCounters references, UUID teamId, String username) {
		this.random = random;
		this.names = new Names(random);
		this.vault = vault;
		this.references = references;
		this.teamId = teamId;
		this.username = username;
	}

	void write(CaseBatch batch, long rev, int personCount, int sourceCount) {
		Countries.Route route = Countries.pick(random);
		Instant created = createdAt();
		int year = created.atZone(ZoneOffset.UTC).getYear();
		UUID caseId = uuid();
		long ageDays = Duration.between(created, now).toDays();
		CaseStatus status = status(ageDays);
		Priority priority = status == CaseStatus.CLOSED ? Priority.LOW : priority();
		Instant updated = created.plusSeconds((long) (random.nextDouble() * Math.max(1, Duration.between(created, now).getSeconds())));
		batch.revision(rev, created, username);
		batch.caseFile(rev, caseId, references.next(route.custody(), year), title(personCount, route), summary(route),
				route.custody(), route.fearedReturn(), route.region(), themes(), status, priority, priority.ordinal(),
				outcome(status), teamId, created, username, updated, username, 0);
		List<UUID> personIds = new ArrayList<>(personCount);
		for (int i = 0; i < personCount; i++) {
			personIds.add(person(batch, rev, caseId, route, created.plusMillis(i * 1000L), i));
		}
		for (int i = 0; i < sourceCount; i++) {
			UUID sourceId = uuid();
			Names.Name informant = names.forCountry(route.custody());
			String confidentialName = vault.source(caseId, sourceId, "name", informant.name());
			String contact = vault.source(caseId, sourceId, "contactDetails",
					"+" + (10 + random.nextInt(89)) + " " + (100_000_000 + random.nextInt(899_999_999)));
			batch.source(rev, sourceId, caseId, CONTACTS[random.nextInt(CONTACTS.length)] + " " + (i + 1), confidentialName, contact,
					LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(random.nextInt(30)), reliability(),
					random.nextInt(10) < 6, "Reported the detention and the expected transfer from " + route.place() + ".",
					created.plusSeconds(60L + i), username, 0);
			if (!personIds.isEmpty()) {
				batch.sourcePerson(rev, sourceId, personIds.get(random.nextInt(personIds.size())));
			}
		}
	}

	private UUID person(CaseBatch batch, long rev, UUID caseId, Countries.Route route, Instant at, int index) {
		UUID id = uuid();
		boolean group = random.nextInt(10) == 0;
		PersonRole role = role();
		String label = (group ? "Group " : role == PersonRole.AT_RISK ? "Person " : "Contact ") + (index + 1);
		Names.Name name = names.forCountry(route.fearedReturn() != null ? route.fearedReturn() : route.custody());
		boolean born = !group && random.nextInt(10) < 6;
		DatePrecision precision = born ? DatePrecision.values()[random.nextInt(DatePrecision.values().length)] : null;
		LocalDate birth = born ? LocalDate.of(1950 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)) : null;
		Sex sex = group ? null : Sex.values()[random.nextInt(3)];
		String notes = group ? "Arrested together near " + route.place() + "." : null;
		batch.person(rev, id, caseId, group ? PersonKind.GROUP : PersonKind.INDIVIDUAL, group ? 2 + random.nextInt(30) : 1, role,
				label, group ? null : vault.person(id, "name", name.name()),
				group ? null : vault.person(id, "namesInOtherScripts", name.nativeScript()),
				group ? null : vault.person(id, "aliases", name.variants()), vault.person(id, "sex", sex),
				vault.person(id, "birthDate", birth), vault.person(id, "birthDatePrecision", precision),
				vault.person(id, "nationality", name.nationality()), vault.person(id, "notes", notes), at, username, 0);
		if (!group) {
			for (String token : vault.nameTokens(name.name(), name.nativeScript(), name.variants())) {
				batch.nameToken(token, id, caseId);
			}
		}
		return id;
	}

	private Instant createdAt() {
		// Decades of cases, most of them recent: u² piles the ages up near zero.
		double u = random.nextDouble();
		long maxAgeSeconds = Duration.ofDays(365L * 25).getSeconds();
		return now.minusSeconds((long) (u * u * maxAgeSeconds) + 3600).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
	}

	private CaseStatus status(long ageDays) {
		int roll = random.nextInt(100);
		if (ageDays > 730) {
			return roll < 85 ? CaseStatus.CLOSED : roll < 95 ? CaseStatus.MONITORING : CaseStatus.OPEN;
		}
		return roll < 50 ? CaseStatus.OPEN : roll < 80 ? CaseStatus.MONITORING : CaseStatus.CLOSED;
	}

	private Priority priority() {
		int roll = random.nextInt(100);
		return roll < 5 ? Priority.URGENT : roll < 25 ? Priority.HIGH : roll < 75 ? Priority.MEDIUM : Priority.LOW;
	}

	private Outcome outcome(CaseStatus status) {
		if (status == CaseStatus.OPEN) {
			return null;
		}
		return status == CaseStatus.MONITORING ? Outcome.STILL_HELD : CLOSED_OUTCOMES[random.nextInt(CLOSED_OUTCOMES.length)];
	}

	private PersonRole role() {
		int roll = random.nextInt(100);
		return roll < 80 ? PersonRole.AT_RISK : roll < 90 ? PersonRole.RELATIVE : roll < 95 ? PersonRole.WITNESS
				: roll < 98 ? PersonRole.LEGAL_REPRESENTATIVE : PersonRole.OTHER;
	}

	private Reliability reliability() {
		return Reliability.values()[random.nextInt(Reliability.values().length)];
	}

	private String title(int persons, Countries.Route route) {
		String who = persons == 1 ? "One person" : persons + " persons";
		return route.fearedReturn() == null ? who + " detained in " + route.place()
				: who + " held in " + route.place() + ", at risk of return to " + route.fearedReturn();
	}

	private String summary(Countries.Route route) {
		return "Arrested by police in " + route.place() + " and held incommunicado. A contact reports an imminent transfer; "
				+ "relatives have had no news since the arrest.";
	}

	private String themes() {
		String first = THEMES[random.nextInt(THEMES.length)];
		String second = THEMES[random.nextInt(THEMES.length)];
		return first.equals(second) ? first : first + "; " + second;
	}

	private UUID uuid() {
		long most = (random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least);
	}

}
