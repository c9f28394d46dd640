package org.vigil.urgency.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.cases.CaseStatus;
import org.vigil.cases.Reliability;
import org.vigil.urgency.UrgencyLevel;
import org.vigil.urgency.internal.UrgencyFacts.Custody;
import org.vigil.urgency.internal.UrgencyFacts.Transfer;
import org.vigil.urgency.internal.UrgencySettings.OnwardReturn;

import static org.assertj.core.api.Assertions.assertThat;

/** The urgency rules on facts alone: no Spring, no database. */
class UrgencyPolicyTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

	private final UrgencySettings settings = UrgencySettings.defaults();

	private final List<Transfer> transfers = new ArrayList<>();

	private final List<Custody> custody = new ArrayList<>();

	private Integer daysSinceNews = 1;

	private Integer daysSinceAppeal;

	private CaseStatus status = CaseStatus.OPEN;

	private String fearedReturn = "KP";

	private org.vigil.cases.Outcome outcome;

	private Assessment assess() {
		return assess(settings);
	}

	private Assessment assess(UrgencySettings with) {
		return new UrgencyPolicy(with).assess(new UrgencyFacts(UUID.randomUUID(), status, fearedReturn, TODAY, transfers, custody,
				daysSinceNews, daysSinceAppeal, outcome));
	}

	/** The seed case: to Helong, 27 km from North Korea, "imminently", per a usually reliable source, 2 days ago. */
	private static Transfer toHelong() {
		return new Transfer("Refugee group A", "Helong (Jilin)", 27.0, "Helong Public Security Bureau", null, null, Certainty.IMMINENT,
				Reliability.MEDIUM, false, 2);
	}

	private static Transfer to(String place, Double km, LocalDate expectedFrom, Certainty certainty, Reliability reliability, int age) {
		return new Transfer("Refugee group A", place, km, null, null, expectedFrom, certainty, reliability, false, age);
	}

	private static Transfer handover(String receivingState, LocalDate expectedFrom) {
		return new Transfer("Refugee group A", "Boten crossing", 900.0, "Lao police", receivingState, expectedFrom, Certainty.REPORTED,
				Reliability.HIGH, false, 1);
	}

	private static Custody heldIn(String place, Double km, String custodian) {
		return new Custody("Refugee group A", place, km, custodian, Certainty.BELIEVED, Reliability.MEDIUM, false, 3);
	}

	@Test
	void aTransferReportedAsImminentToAPlaceNearTheBorderIsImminent() {
		transfers.add(toHelong());
		Assessment assessment = assess();
		assertThat(assessment.level()).isEqualTo(UrgencyLevel.IMMINENT);
		assertThat(assessment.reasons().get(0)).isEqualTo(Phrase.of("urgency.reason.transfer", Word.text("Helong (Jilin)"),
				Word.number(27), Word.country("KP"), Phrase.of("urgency.certainty.IMMINENT"), Phrase.of("urgency.source.MEDIUM"),
				Phrase.of("urgency.age", Word.number(2))));
	}

	@Test
	void aTransferNearTheBorderExpectedWithinTheWindowIsImminent() {
		transfers.add(to("Tumen (Jilin)", 3.0, TODAY.plusDays(7), Certainty.REPORTED, Reliability.HIGH, 0));
		assertThat(assess().level()).isEqualTo(UrgencyLevel.IMMINENT);
	}

	@Test
	void aTransferNearTheBorderExpectedAfterTheWindowIsHigh() {
		transfers.add(to("Tumen (Jilin)", 3.0, TODAY.plusDays(8), Certainty.REPORTED, Reliability.HIGH, 0));
		assertThat(assess().level()).isEqualTo(UrgencyLevel.HIGH);
	}

	@Test
	void aTransferNearTheBorderWithoutADateIsHigh() {
		transfers.add(to("Tumen (Jilin)", 3.0, null, Certainty.BELIEVED, Reliability.HIGH, 0));
		assertThat(assess().level()).isEqualTo(UrgencyLevel.HIGH);
	}

	@Test
	void aTransferWhoseDayHasPassedStillCountsAsSoon() {
		transfers.add(to("Tumen (Jilin)", 3.0, TODAY.minusDays(3), Certainty.REPORTED, Reliability.HIGH, 4));
		assertThat(assess().level()).isEqualTo(UrgencyLevel.IMMINENT);
	}

	@Test
	void aTransferJustBeyondTheBorderDistanceIsOnlyWatched() {
		transfers.add(to("Yanji (Jilin)", 51.0, TODAY, Certainty.IMMINENT, Reliability.HIGH, 0));
		assertThat(assess().level()).isEqualTo(UrgencyLevel.WATCH);
	}

	@Test
	void theBorderDistanceIsTheAdministratorsSetting() {
		transfers.add(to("Yanji (Jilin)", 51.0, TODAY, Certainty.IMMINENT, Reliability.HIGH, 0));
		UrgencySettings wider = new UrgencySettings(60, 7, 7, 90, 30, 60, List.of(), List.of());
		assertThat(assess(wider).level()).isEqualTo(UrgencyLevel.IMMINENT);
	}

	@Test
	void aRumouredTransferIsHighAndSaysWhyItIsNotImminentYet() {
		transfers.add(to("Tumen (Jilin)", 3.0, TODAY, Certainty.RUMOURED, Reliability.HIGH, 0));
		Assessment assessment = assess();
		assertThat(assessment.level()).isEqualTo(UrgencyLevel.HIGH);
		assertThat(assessment.reasons()).contains(Phrase.of("urgency.reason.weakReport"));
	}

	@Test
	void aTransferFromAConfidentialSourceNamesItAsConfidentialWithoutItsReliability() {
		transfers.add(new Transfer("Refugee group A", "Helong (Jilin)", 27.0, null, null, null, Certainty.IMMINENT, Reliability.MEDIUM,
				true, 2));
		Assessment assessment = assess();
		assertThat(assessment.level()).isEqualTo(UrgencyLevel.IMMINENT);
		assertThat(assessment.reasons().get(0)).isEqualTo(Phrase.of("urgency.reason.transfer", Word.text("Helong (Jilin)"),
				Word.number(27), Word.country("KP"), Phrase.of("urgency.certainty.IMMINENT"), Phrase.of("urgency.source.confidential"),
				Phrase.of("urgency.age", Word.number(2))));
	}

	@Test
	void aConfidentialSourceOfLowReliabilityStillKeepsATransferFromImminentWithoutSayingWhy() {
		transfers.add(new Transfer("Refugee group A", "Tumen (Jilin)", 3.0, null, null, TODAY, Certainty.IMMINENT, Reliability.LOW, true, 0));
		Assessment assessment = assess();
		assertThat(assessment.level()).isEqualTo(UrgencyLevel.HIGH);
		assertThat(assessment.reasons()).contains(Phrase.of("urgency.reason.weakConfidentialReport"))
			.doesNotContain(Phrase.of("urgency.reason.weakReport"));
		assertThat(assessment.reasons().get(0).toString()).doesNotContain("urgency.source.LOW");
	}

	@Test
	void someoneHeldOnAConfidentialSourcesWordIsSaidToBeSoWithoutItsReliability() {
		custody.add(new Custody("Refugee group A", "Tumen (Jilin)", 3.0, "Public Security Bureau", Certainty.BELIEVED, Reliability.HIGH,
				true, 3));
		Phrase reason = assess().reasons().get(0);
		assertThat(reason.key()).isEqualTo("urgency.reason.held");
		assertThat(reason.words()).contains(Phrase.of("urgency.source.confidential")).doesNotContain(Phrase.of("urgency.source.HIGH"));
	}

	@Test
	void aTransferFromASourceOfLowReliabilityIsHigh() {
		transfers.add(to("Tumen (Jilin)", 3.0, TODAY, Certainty.IMMINENT, Reliability.LOW, 0));
		assertThat(assess().level()).isEqualTo(UrgencyLevel.HIGH);
	}

	@Test
	void aReportOlderThanTheStaleThresholdIsHighAndSaysHowOldItIs() {
		transfers.add(to("Tumen (Jilin)", 3.0, TODAY, Certainty.IMMINENT, Reliability.HIGH, 31));
		Assessment assessment = assess();
		assertThat(assessment.level()).isEqualTo(UrgencyLevel.HIGH);
		assertThat(assessment.reasons()).contains(Phrase.of("urgency.reason.oldReport", Word.number(31)));
	}

	@Test
	void aHandoverToTheCountryOfFearedReturnItselfIsImminentWhenSoon() {
		transfers.add(handover("KP", TODAY.plusDays(1)));
		Assessment assessment = assess();
		assertThat(assessment.level()).isEqualTo(UrgencyLevel.IMMINENT);
		assertThat(assessment.reasons().get(0).key()).isEqualTo("urgency.reason.handover");
	}

	@Test
	void aTransferToAPlaceInsideTheCountryOfFearedReturnIsAHandoverToIt() {
		transfers.add(to("Namyang", 0.0, TODAY, Certainty.CONFIRMED, Reliability.HIGH, 0));
		assertThat(assess().reasons().get(0).words().get(0)).isEqualTo(Word.country("KP"));
	}

	@Test
	void aHandoverToAStateThatReturnsPeopleToTheFearedOneIsAChainReturn() {
		transfers.add(handover("CN", TODAY.plusDays(2)));
		Assessment assessment = assess();
		assertThat(assessment.level()).isEqualTo(UrgencyLevel.IMMINENT);
		Phrase reason = assessment.reasons().get(0);
		assertThat(reason.key()).isEqualTo("urgency.reason.chainReturn");
		assertThat(reason.words().get(5)).isEqualTo(Phrase.of("urgency.chain.returns", Word.country("CN"), Word.country("KP")));
	}

	@Test
	void aChainReturnCountsThroughSeveralStatesAndNamesEach() {
		transfers.add(handover("LA", TODAY.plusDays(2)));
		Phrase reason = assess().reasons().get(0);
		assertThat(reason.words().get(5)).isEqualTo(Phrase.of("urgency.chain.returns", Word.country("LA"),
				Phrase.of("urgency.chain.via", Word.country("CN"), Word.country("KP"))));
	}

	@Test
	void aHandoverToAStateThatReturnsNobodyOnwardIsOnlyWatched() {
		transfers.add(handover("TH", TODAY.plusDays(2)));
		assertThat(assess().level()).isEqualTo(UrgencyLevel.WATCH);
	}

	@Test
	void aLoopInTheListOfOnwardReturnsEndsWithoutAChain() {
		UrgencySettings looping = new UrgencySettings(50, 7, 7, 90, 30, 60,
				List.of(new OnwardReturn("LA", "TH"), new OnwardReturn("TH", "LA")), List.of());
		transfers.add(handover("LA", TODAY));
		assertThat(assess(looping).level()).isEqualTo(UrgencyLevel.WATCH);
	}

	@Test
	void someoneHeldNearTheBorderMakesACaseHigh() {
		custody.add(heldIn("Tumen (Jilin)", 2.0, "Tumen police"));
		assertThat(assess().level()).isEqualTo(UrgencyLevel.HIGH);
	}

	@Test
	void someoneHeldByACustodianKnownToHandPeopleOverMakesACaseHigh() {
		UrgencySettings known = new UrgencySettings(50, 7, 7, 90, 30, 60, List.of(), List.of("Border Defence Detention Centre"));
		custody.add(heldIn("Shenyang (Liaoning)", 200.0, "Tumen  border defence detention centre"));
		Assessment assessment = assess(known);
		assertThat(assessment.level()).isEqualTo(UrgencyLevel.HIGH);
		assertThat(assessment.reasons().get(0).key()).isEqualTo("urgency.reason.heldByHandoverCustodian");
	}

	@Test
	void someoneHeldFarFromTheBorderIsWatchedAndSaidWhere() {
		custody.add(heldIn("Shenyang (Liaoning)", 200.0, "Shenyang police"));
		Assessment assessment = assess();
		assertThat(assessment.level()).isEqualTo(UrgencyLevel.WATCH);
		assertThat(assessment.reasons().get(0).key()).isEqualTo("urgency.reason.held");
	}

	@Test
	void theMostUrgentFindingDecidesAndItsReasonComesFirst() {
		custody.add(heldIn("Shenyang (Liaoning)", 200.0, "Shenyang police"));
		transfers.add(toHelong());
		Assessment assessment = assess();
		assertThat(assessment.level()).isEqualTo(UrgencyLevel.IMMINENT);
		assertThat(assessment.reasons()).extracting(Phrase::key).containsExactly("urgency.reason.transfer", "urgency.reason.held");
	}

	@Test
	void theSameTransferOfSeveralPeopleIsOneReason() {
		transfers.add(toHelong());
		transfers.add(new Transfer("Refugee B", "Helong (Jilin)", 27.0, null, null, null, Certainty.IMMINENT, Reliability.MEDIUM, false, 2));
		assertThat(assess().reasons()).hasSize(1);
	}

	@Test
	void noNewsForTheSilenceThresholdIsSaidAndIsTheNextStep() {
		custody.add(heldIn("Shenyang (Liaoning)", 200.0, "Shenyang police"));
		daysSinceNews = 9;
		Assessment assessment = assess();
		assertThat(assessment.reasons()).contains(Phrase.of("urgency.reason.noNews", Word.number(9)));
		assertThat(assessment.nextStep()).isEqualTo(Phrase.of("urgency.next.noNews", Word.number(9)));
	}

	@Test
	void noNewsForTheDormantThresholdWithNothingExpectedIsDormant() {
		custody.add(heldIn("Shenyang (Liaoning)", 200.0, "Shenyang police"));
		daysSinceNews = 90;
		Assessment assessment = assess();
		assertThat(assessment.level()).isEqualTo(UrgencyLevel.DORMANT);
		assertThat(assessment.reasons()).contains(Phrase.of("urgency.reason.quiet", Word.number(90)));
	}

	@Test
	void aCaseWithATransferExpectedIsNeverDormant() {
		transfers.add(to("Shenyang (Liaoning)", 200.0, TODAY.plusDays(30), Certainty.REPORTED, Reliability.HIGH, 100));
		daysSinceNews = 100;
		assertThat(assess().level()).isEqualTo(UrgencyLevel.WATCH);
	}

	@Test
	void aCaseWithRecentNewsButNoCustodyOrTransferIsWatchedAndSaysSo() {
		daysSinceNews = 3;
		Assessment assessment = assess();
		assertThat(assessment.level()).isEqualTo(UrgencyLevel.WATCH);
		assertThat(assessment.reasons()).containsExactly(Phrase.of("urgency.reason.noCustodyKnown", Word.number(3)));
	}

	@Test
	void aCaseOfWhichNothingIsKnownIsWatchedAndAsksForWhereabouts() {
		daysSinceNews = null;
		Assessment assessment = assess();
		assertThat(assessment.level()).isEqualTo(UrgencyLevel.WATCH);
		assertThat(assessment.reasons()).containsExactly(Phrase.of("urgency.reason.nothingKnown"));
		assertThat(assessment.nextStep()).isEqualTo(Phrase.of("urgency.next.recordWhereabouts"));
	}

	@Test
	void aClosedCaseIsDormantWhateverIsExpected() {
		transfers.add(toHelong());
		status = CaseStatus.CLOSED;
		Assessment assessment = assess();
		assertThat(assessment.level()).isEqualTo(UrgencyLevel.DORMANT);
		assertThat(assessment.nextStep()).isEqualTo(Phrase.of("urgency.next.closed"));
	}

	@Test
	void anImminentCaseWithoutAnAppealAsksForOne() {
		transfers.add(toHelong());
		assertThat(assess().nextStep()).isEqualTo(Phrase.of("urgency.next.noAppeal"));
	}

	@Test
	void anAppealSentWithNoNewsSinceAsksForAFollowUp() {
		transfers.add(toHelong());
		daysSinceAppeal = 8;
		daysSinceNews = 9;
		assertThat(assess().nextStep()).isEqualTo(Phrase.of("urgency.next.followUp", Word.number(8), Word.number(9)));
	}

	@Test
	void anAppealSentWithRecentNewsMeansKeepWatching() {
		transfers.add(toHelong());
		daysSinceAppeal = 1;
		assertThat(assess().nextStep()).isEqualTo(Phrase.of("urgency.next.keepWatching"));
	}

	@Test
	void withoutACountryOfFearedReturnTransfersAreSaidWithoutADistance() {
		fearedReturn = null;
		transfers.add(to("Helong (Jilin)", null, TODAY, Certainty.IMMINENT, Reliability.HIGH, 0));
		Assessment assessment = assess();
		assertThat(assessment.level()).isEqualTo(UrgencyLevel.WATCH);
		assertThat(assessment.reasons().get(0).key()).isEqualTo("urgency.reason.transferWithoutDistance");
	}

	@Test
	void aDatedTransferSaysItsDayAndHowSureTheReportIs() {
		transfers.add(to("Tumen (Jilin)", 3.0, TODAY.plusDays(2), Certainty.BELIEVED, Reliability.HIGH, 0));
		assertThat(assess().reasons().get(0).words().get(3))
			.isEqualTo(Phrase.of("urgency.how.due", Phrase.of("urgency.certainty.BELIEVED"), Word.day(TODAY.plusDays(2))));
	}

	@Test
	void atMostEightReasonsAreKept() {
		for (int i = 0; i < 12; i++) {
			custody.add(heldIn("Place " + i, 200.0 + i, "police"));
		}
		assertThat(assess().reasons()).hasSize(UrgencyPolicy.MAX_REASONS);
	}

	@Test
	void peopleReleasedLeaveTheCaseDormantSayingSo() {
		transfers.add(toHelong());
		outcome = org.vigil.cases.Outcome.RELEASED;
		Assessment assessment = assess();
		assertThat(assessment.level()).isEqualTo(UrgencyLevel.DORMANT);
		assertThat(assessment.reasons()).containsExactly(Phrase.of("urgency.reason.outcome.RELEASED"));
		assertThat(assessment.nextStep()).isEqualTo(Phrase.of("urgency.next.dangerEnded"));
	}

	@Test
	void peopleForciblyReturnedRaiseTheCaseToHigh() {
		outcome = org.vigil.cases.Outcome.FORCIBLY_RETURNED;
		Assessment assessment = assess();
		assertThat(assessment.level()).isEqualTo(UrgencyLevel.HIGH);
		assertThat(assessment.reasons().get(0)).isEqualTo(Phrase.of("urgency.reason.returned"));
	}

}
