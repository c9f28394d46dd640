package org.vigil.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.vigil.accounts.Team;
import org.vigil.cases.CaseStatus;
import org.vigil.cases.DatePrecision;
import org.vigil.cases.PersonKind;
import org.vigil.cases.PersonRole;
import org.vigil.cases.Priority;
import org.vigil.cases.Sex;
import org.vigil.cases.internal.ApiModels.CaseResponse;
import org.vigil.cases.internal.ApiModels.PersonResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for a case page through the API: the case itself ({@code GET /api/cases/{id}}) and its
 * persons ({@code GET /api/cases/{id}/persons}) for a typical case (5 persons) and the largest
 * generated one (800), identities revealed (already decrypted). Includes mapping to the response
 * records, as the controller does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CaseJsonBenchmark {

	@Param({ "5", "800" })
	public int persons;

	private final JsonMapper json = JsonMapper.builder().build();

	private CaseFile caseFile;

	private Team team;

	private List<PersonView> people;

	@Setup
	public void setUp() {
		team = new Team(UUID.randomUUID(), "Asia");
		caseFile = new CaseFile("CN 3/2026", new CaseDetails("Five refugees held near Yanji, at risk of return to KP",
				"Arrested by police in Shenyang, then held near Yanji; a contact reports an imminent transfer to Helong.", "CN",
				"KP", "East Asia", Set.of("refugees", "forced return"), CaseStatus.OPEN, Priority.URGENT, null), team.id(),
				"researcher");
		people = new ArrayList<>();
		for (int i = 0; i < persons; i++) {
			people.add(new PersonView(UUID.randomUUID(), caseFile.id(),
					new PersonProfile(PersonKind.INDIVIDUAL, 1, PersonRole.AT_RISK, "Refugee " + (i + 1)),
					new Identity("Kim Young-chul", "김영철", "Gim Yeong-cheol; Kim Yong Chol", Sex.MALE, LocalDate.of(1988, 3, 1),
							DatePrecision.YEAR_ONLY, "KP", "Arrested together with the others."), false, false, 0));
		}
	}

	@Benchmark
	public byte[] casePage() {
		return json.writeValueAsBytes(CaseResponse.of(caseFile, team));
	}

	@Benchmark
	public byte[] personsOfCase() {
		return json.writeValueAsBytes(people.stream().map(PersonResponse::of).toList());
	}

}
