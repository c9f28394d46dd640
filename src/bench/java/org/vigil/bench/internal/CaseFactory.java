package org.vigil.bench.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.vigil.cases.CaseStatus;
import org.vigil.cases.DatePrecision;
import org.vigil.cases.Outcome;
import org.vigil.cases.PersonKind;
import org.vigil.cases.PersonRole;
import org.vigil.cases.Priority;
import org.vigil.cases.Reliability;
import org.vigil.cases.Sex;

/**
 * Invents one case — its facts, persons and sources — as the requests a researcher's client would
 * send to the API: the application then seals the identities, indexes the names, keeps the history
 * and writes the audit log exactly as for anyone else. Each case has a random source of its own
 * (from the seed and its number), so the dataset is the same whatever order the writers take.
 * Older-looking cases are mostly closed: the API records every case as opened now, so a case's
 * "age" only decides its status and outcome — unless an open share is given ({@code --open-share}),
 * which leaves that share of the cases open or monitored whatever their age (1 for a home of open
 * cases only, as the urgency recomputation of 100 000 open cases needs).
 */
final class CaseFactory {

	private static final String[] THEMES = { "refugees", "forced return", "arbitrary detention", "torture",
			"enforced disappearance", "family separation", "freedom of religion", "human trafficking" };

	private static final String[] CONTACTS = { "Family member", "Church network", "Local lawyer", "Fellow detainee",
			"Journalist", "Partner organisation", "Broker", "Former detainee" };

	private static final Outcome[] CLOSED_OUTCOMES = { Outcome.RELEASED, Outcome.REACHED_SAFETY, Outcome.FORCIBLY_RETURNED,
			Outcome.UNKNOWN, Outcome.DISAPPEARED, Outcome.OTHER };

	/** One case to send: the case, then its persons, then its sources (each naming one of the persons by index). */
	record Invented(Map<String, Object> caseFile, List<Map<String, Object>> persons, List<Map<String, Object>> sources,
			List<Integer> sourcePerson) {
	}

	private final long seed;

	private final Double openShare;

	/** @param openShare the share of cases left open or monitored, or {@code null} for the age skew */
	CaseFactory(long seed, Double openShare) {
		this.seed = seed;
		this.openShare = openShare;
	}

	Invented invent(int index, int personCount, int sourceCount) {
		SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
		Names names = new Names(random);
		Countries.Route route = Countries.pick(random);
		// Decades of cases, most of them recent: u² piles the ages up near zero.
		double u = random.nextDouble();
		long ageDays = (long) (u * u * 365 * 25);
		CaseStatus status = openShare == null ? status(random, ageDays) : status(random, openShare);
		Priority priority = status == CaseStatus.CLOSED ? Priority.LOW : priority(random);
		Map<String, Object> caseFile = new LinkedHashMap<>();
		caseFile.put("title", title(personCount, route));
		caseFile.put("summary", "Arrested by police in " + route.place() + " and held incommunicado. A contact reports an imminent "
				+ "transfer; relatives have had no news since the arrest.");
		caseFile.put("countryOfCustody", route.custody());
		caseFile.put("countryOfFearedReturn", route.fearedReturn());
		caseFile.put("region", route.region());
		caseFile.put("themes", themes(random));
		caseFile.put("status", status);
		caseFile.put("priority", priority);
		caseFile.put("outcome", outcome(random, status));
		List<Map<String, Object>> persons = new ArrayList<>(personCount);
		for (int i = 0; i < personCount; i++) {
			persons.add(person(random, names, route, i));
		}
		List<Map<String, Object>> sources = new ArrayList<>(sourceCount);
		List<Integer> sourcePerson = new ArrayList<>(sourceCount);
		for (int i = 0; i < sourceCount; i++) {
			Names.Name informant = names.forCountry(route.custody());
			Map<String, Object> source = new LinkedHashMap<>();
			source.put("label", CONTACTS[random.nextInt(CONTACTS.length)] + " " + (i + 1));
			source.put("name", informant.name());
			source.put("contactDetails", "+" + (10 + random.nextInt(89)) + " " + (100_000_000 + random.nextInt(899_999_999)));
			source.put("reportedOn", LocalDate.now().minusDays(ageDays).plusDays(random.nextInt(30)).toString());
			source.put("reliability", Reliability.values()[random.nextInt(Reliability.values().length)]);
			source.put("confidential", random.nextInt(10) < 6);
			source.put("information", "Reported the detention and the expected transfer from " + route.place() + ".");
			sources.add(source);
			sourcePerson.add(personCount == 0 ? -1 : random.nextInt(personCount));
		}
		return new Invented(caseFile, persons, sources, sourcePerson);
	}

	private static Map<String, Object> person(SplittableRandom random, Names names, Countries.Route route, int index) {
		boolean group = random.nextInt(10) == 0;
		PersonRole role = role(random);
		Names.Name name = names.forCountry(route.fearedReturn() != null ? route.fearedReturn() : route.custody());
		boolean born = !group && random.nextInt(10) < 6;
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("kind", group ? PersonKind.GROUP : PersonKind.INDIVIDUAL);
		person.put("publicLabel", (group ? "Group " : role == PersonRole.AT_RISK ? "Person " : "Contact ") + (index + 1));
		person.put("role", role);
		person.put("numberOfPersons", group ? 2 + random.nextInt(30) : 1);
		if (!group) {
			person.put("name", name.name());
			person.put("namesInOtherScripts", name.nativeScript());
			person.put("aliases", name.variants());
			person.put("sex", Sex.values()[random.nextInt(3)]);
		}
		if (born) {
			person.put("birthDate", LocalDate.of(1950 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString());
			person.put("birthDatePrecision", DatePrecision.values()[random.nextInt(DatePrecision.values().length)]);
		}
		person.put("nationality", name.nationality());
		if (group) {
			person.put("notes", "Arrested together near " + route.place() + ".");
		}
		return person;
	}

	private static CaseStatus status(SplittableRandom random, long ageDays) {
		int roll = random.nextInt(100);
		if (ageDays > 730) {
			return roll < 85 ? CaseStatus.CLOSED : roll < 95 ? CaseStatus.MONITORING : CaseStatus.OPEN;
		}
		return roll < 50 ? CaseStatus.OPEN : roll < 80 ? CaseStatus.MONITORING : CaseStatus.CLOSED;
	}

	/** Open or monitored with the given probability (five open to three monitored, as among recent cases), closed otherwise. */
	private static CaseStatus status(SplittableRandom random, double openShare) {
		if (random.nextDouble() >= openShare) {
			return CaseStatus.CLOSED;
		}
		return random.nextInt(8) < 5 ? CaseStatus.OPEN : CaseStatus.MONITORING;
	}

	private static Priority priority(SplittableRandom random) {
		int roll = random.nextInt(100);
		return roll < 5 ? Priority.URGENT : roll < 25 ? Priority.HIGH : roll < 75 ? Priority.MEDIUM : Priority.LOW;
	}

	private static Outcome outcome(SplittableRandom random, CaseStatus status) {
		if (status == CaseStatus.OPEN) {
			return null;
		}
		return status == CaseStatus.MONITORING ? Outcome.STILL_HELD : CLOSED_OUTCOMES[random.nextInt(CLOSED_OUTCOMES.length)];
	}

	private static PersonRole role(SplittableRandom random) {
		int roll = random.nextInt(100);
		return roll < 80 ? PersonRole.AT_RISK : roll < 90 ? PersonRole.RELATIVE : roll < 95 ? PersonRole.WITNESS
				: roll < 98 ? PersonRole.LEGAL_REPRESENTATIVE : PersonRole.OTHER;
	}

	private static String title(int persons, Countries.Route route) {
		String who = persons == 1 ? "One person" : persons + " persons";
		return route.fearedReturn() == null ? who + " detained in " + route.place()
				: who + " held in " + route.place() + ", at risk of return to " + route.fearedReturn();
	}

	private static List<String> themes(SplittableRandom random) {
		String first = THEMES[random.nextInt(THEMES.length)];
		String second = THEMES[random.nextInt(THEMES.length)];
		return first.equals(second) ? List.of(first) : List.of(first, second);
	}

}
