package org.vigil.cases.internal;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigil.cases.CaseStatus;
import org.vigil.cases.DatePrecision;
import org.vigil.cases.PersonKind;
import org.vigil.cases.PersonRole;
import org.vigil.cases.Priority;
import org.vigil.cases.Sex;

import static org.assertj.core.api.Assertions.assertThat;

class RecordFieldsTests {

	@Test
	void onlyFieldsThatDifferAreReportedWithOldAndNewValues() {
		CaseDetails before = details("Old title", Set.of("detention"));
		CaseDetails after = details("New title", Set.of("detention"));
		assertThat(RecordFields.changes(RecordFields.of(before), RecordFields.of(after)))
			.containsExactly(new FieldChange("title", "Old title", "New title", false));
	}

	@Test
	void themesInAnotherOrderAreNoChange() {
		assertThat(RecordFields.changes(RecordFields.of(details("t", Set.of("a", "b"))),
				RecordFields.of(details("t", Set.of("b", "a"))))).isEmpty();
	}

	@Test
	void aChangedProtectedFieldIsReportedWithoutItsValues() {
		PersonProfile profile = new PersonProfile(PersonKind.INDIVIDUAL, 1, PersonRole.AT_RISK, "Refugee A");
		Identity before = new Identity("Kim", null, null, Sex.MALE, LocalDate.of(1990, 1, 1), DatePrecision.YEAR_ONLY, "KP", null, null);
		Identity after = new Identity("Kim Chol", null, null, Sex.MALE, LocalDate.of(1990, 1, 1), DatePrecision.YEAR_ONLY, "KP", null, null);
		assertThat(RecordFields.changes(RecordFields.of(profile, before), RecordFields.of(profile, after)))
			.containsExactly(new FieldChange("name", null, null, true));
	}

	@Test
	void aBirthDateWithoutPrecisionIsTakenAsExact() {
		Identity identity = new Identity(null, null, null, null, LocalDate.of(1990, 5, 1), null, null, null, null);
		assertThat(identity.birthDatePrecision()).isEqualTo(DatePrecision.EXACT);
		assertThat(Identity.EMPTY.birthDatePrecision()).isNull();
	}

	private static CaseDetails details(String title, Set<String> themes) {
		return new CaseDetails(title, "summary", "CN", "KP", "East Asia", themes, CaseStatus.OPEN, Priority.URGENT, null);
	}

}
