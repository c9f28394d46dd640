package org.vigil.cases.internal;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContinueTargetTests {

	private final UUID caseId = UUID.randomUUID();

	private final String casePage = "/cases/" + caseId;

	@Test
	void aPageOfTheSameCaseIsWhereTheUserGoesBack() {
		String form = casePage + "/persons/" + UUID.randomUUID() + "/edit";
		assertThat(ContinueTarget.within(caseId, form)).isEqualTo(form);
		assertThat(ContinueTarget.within(caseId, casePage + "?allPeople=true")).isEqualTo(casePage + "?allPeople=true");
		assertThat(ContinueTarget.within(caseId, casePage + "#sources")).isEqualTo(casePage + "#sources");
	}

	@Test
	void anotherSiteIsNeverATarget() {
		for (String elsewhere : new String[] { "https://evil.example/", "//evil.example", "/\\evil.example", "\t//evil.example",
				"/\t/evil.example", casePage + "/../../../admin", casePage + "/%2e%2e/admin", "javascript:alert(1)",
				casePage + "@evil.example", casePage + "/edit\n" }) {
			assertThat(ContinueTarget.within(caseId, elsewhere)).as(elsewhere).isEqualTo(casePage);
		}
	}

	@Test
	void anotherCaseIsNeverATarget() {
		assertThat(ContinueTarget.within(caseId, "/cases/" + UUID.randomUUID() + "/reveal")).isEqualTo(casePage);
		assertThat(ContinueTarget.within(caseId, "/admin/users")).isEqualTo(casePage);
		assertThat(ContinueTarget.within(caseId, null)).isEqualTo(casePage);
	}

	@Test
	void theRevealPageCarriesTheTargetAlong() {
		assertThat(ContinueTarget.revealThenBackTo(caseId, casePage + "/sources/new"))
			.isEqualTo(casePage + "/reveal?continue=%2Fcases%2F" + caseId + "%2Fsources%2Fnew");
	}

}
