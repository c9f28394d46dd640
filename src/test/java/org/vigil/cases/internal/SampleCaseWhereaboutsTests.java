package org.vigil.cases.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.cases.Reliability;
import org.vigil.support.WebIntegrationTest;
import org.vigil.whereabouts.CaseWhereabouts;
import org.vigil.whereabouts.Certainty;
import org.vigil.whereabouts.CustodyFact;
import org.vigil.whereabouts.TransferFact;
import org.vigil.whereabouts.WhereaboutsFacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The {@code --demo} sample case comes with its whereabouts, each from its source: the arrest in
 * Shenyang confirmed by the relative in Seoul, custody near Yanji believed and the transfer to Helong
 * reported as imminent by the contact near Yanji — and its map shows the way and the distances.
 */
class SampleCaseWhereaboutsTests extends WebIntegrationTest {

	@Autowired
	private SampleCase sampleCase;

	@Autowired
	private WhereaboutsFacts facts;

	@Test
	void theSampleCaseIsArrestedInShenyangHeldNearYanjiAndAboutToBeSentToHelong() {
		UUID caseId = sampleCase.record().id();
		CaseWhereabouts whereabouts = facts.of(caseId);

		assertThat(whereabouts.custody()).hasSize(2);
		CustodyFact arrest = whereabouts.custody().get(0);
		assertThat(arrest.place().name()).isEqualTo("Shenyang");
		assertThat(arrest.place().admin1()).isEqualTo("Liaoning");
		assertThat(arrest.certainty()).isEqualTo(Certainty.CONFIRMED);
		assertThat(arrest.sourceReliability()).as("the relative in Seoul").isEqualTo(Reliability.HIGH);
		assertThat(arrest.current()).isFalse();
		assertThat(arrest.from().latest()).isBefore(LocalDate.now());

		CustodyFact held = whereabouts.custody().get(1);
		assertThat(held.place().name()).isEqualTo("Yanji");
		assertThat(held.certainty()).isEqualTo(Certainty.BELIEVED);
		assertThat(held.current()).isTrue();
		assertThat(held.sourceReliability()).as("the contact near Yanji").isEqualTo(Reliability.MEDIUM);

		assertThat(whereabouts.expectedTransfers()).hasSize(1);
		TransferFact transfer = whereabouts.expectedTransfers().get(0);
		assertThat(transfer.to().name()).isEqualTo("Helong");
		assertThat(transfer.from().name()).isEqualTo("Yanji");
		assertThat(transfer.certainty()).isEqualTo(Certainty.IMMINENT);
		assertThat(transfer.sourceReliability()).isEqualTo(Reliability.MEDIUM);
		assertThat(whereabouts.lastReportedAt()).isPresent();
	}

	@Test
	void theSampleCasesMapGoesFromShenyangThroughYanjiToHelongWithTheDistancesToNorthKorea() throws Exception {
		UUID caseId = sampleCase.record().id();
		mvc.perform(api(get("/api/cases/" + caseId + "/whereabouts/map"), user(SampleCase.TEAM)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.countryOfFearedReturn").value("KP"))
			.andExpect(jsonPath("$.paths[0].points.length()").value(3))
			.andExpect(jsonPath("$.paths[0].expectedLast").value(true))
			.andExpect(jsonPath("$.places[*].name").value(org.hamcrest.Matchers.contains("Shenyang", "Yanji", "Helong")))
			.andExpect(jsonPath("$.places[2].role").value("DESTINATION"))
			// Helong and Yanji lie some 25 km from the Tumen, the border; Shenyang some 180 km from the Yalu.
			.andExpect(jsonPath("$.places[2].km").value(org.hamcrest.Matchers.both(greaterThan(15.0)).and(lessThan(40.0))))
			.andExpect(jsonPath("$.places[1].km").value(org.hamcrest.Matchers.both(greaterThan(15.0)).and(lessThan(40.0))))
			.andExpect(jsonPath("$.places[0].km").value(greaterThan(100.0)));
	}

	@Test
	void theCasePageSaysTheGroupIsHeldInYanjiAndToBeMovedToHelongImminently() throws Exception {
		UUID caseId = sampleCase.record().id();
		String now = mvc.perform(get("/cases/" + caseId + "/whereabouts/now").header("HX-Request", "true").session(signIn(user(SampleCase.TEAM))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(now).contains("Refugee group A", "held in Yanji, Jilin", "to be moved to Helong, Jilin", "Imminent")
			.doesNotContain("Shenyang"); // the arrest is over: not where they are now
	}

	@Test
	void theSampleCaseIsImminentBecauseOfItsWhereaboutsAndSaysWhy() throws Exception {
		UUID caseId = sampleCase.record().id();
		awaitListeners(); // the urgency module assesses the case after its whereabouts changed
		mvc.perform(api(get("/api/cases/" + caseId + "/urgency"), user(SampleCase.TEAM)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value("IMMINENT"))
			.andExpect(jsonPath("$.reasons[0]").value(org.hamcrest.Matchers.containsString("Helong")));
	}

}
