package org.vigil.law.internal;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.vigil.law.CaseLegalFacts;
import org.vigil.law.CaseLegalFacts.Category;
import org.vigil.law.CaseLegalFacts.Risk;
import org.vigil.law.InstrumentCode;
import org.vigil.law.Obligation;
import org.vigil.law.Strength;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.law.internal.LawFixtures.SHIPPED;
import static org.vigil.law.internal.LawFixtures.lines;
import static org.vigil.law.internal.LawFixtures.obligations;

/**
 * The obligations for the sample case and for other combinations of custody state and country of
 * feared return, in full, on the shipped data: each line is state, instrument, article, status,
 * since, strength, and "unverified" where the facts behind it are.
 */
class ObligationsEngineTests {

	@Test
	void theSampleCaseBindsChinaByTheRefugeeConventionAndTorturePactButOnlyInGoodFaithByTheCovenantItSigned() {
		assertThat(lines(CaseLegalFacts.of("CN", "KP"))).containsExactly(
				"CN CAT 3 PARTY 1988-10-04 ABSOLUTE",
				"CN REFUGEE-1951 33 PARTY 1982-09-24 BINDING",
				"CN REFUGEE-1951 35 PARTY 1982-09-24 BINDING",
				"CN REFUGEE-1967 I PARTY 1982-09-24 BINDING",
				"CN CUSTOMARY - CUSTOMARY - BINDING",
				"CN ICCPR - SIGNATORY 1998-10-05 GOOD_FAITH",
				"CN CAT/C/CHN/CO/5 paras. 46-47 FINDING 2016-02-03 RECOMMENDATION unverified",
				"CN A/HRC/25/63 - FINDING 2014-02-07 RECOMMENDATION unverified",
				"CN Special Procedures statement of 17 October 2023 - FINDING 2023-10-17 RECOMMENDATION unverified",
				"KP ICCPR 7 PARTY 1981-09-14 ABSOLUTE",
				"KP ICCPR 12(2) PARTY 1981-09-14 BINDING");
	}

	@Test
	void theSampleCaseSaysInPlainWordsWhatEachObligationAsks() {
		List<Obligation> found = obligations(CaseLegalFacts.of("CN", "KP"));
		assertThat(found.get(0).basis()).isEqualTo("China is party to the Convention against Torture (1988): art. 3 forbids return "
				+ "where there are substantial grounds to believe a person would be tortured — absolute, no exceptions.");
		assertThat(basisOf(found, "ICCPR", "CN")).startsWith("China has signed the Covenant on Civil and Political Rights (1998) but "
				+ "not ratified it: it must not defeat the treaty's object and purpose (VCLT art. 18)");
		assertThat(basisOf(found, "CAT/C/CHN/CO/5", "CN")).contains("asked it to stop").endsWith("(CAT/C/CHN/CO/5, paras. 46-47)");
		assertThat(found.get(0).sources()).anySatisfy(source -> assertThat(source).contains("verified"));
	}

	@Test
	void theSampleCasesRisksAddNoObligationForChinaWhichIsPartyToNeitherTheCovenantNorTheDisappearancesConvention() {
		CaseLegalFacts withRisks = CaseLegalFacts.of("CN", "KP").with(Risk.TORTURE, Risk.DEATH_PENALTY,
				Risk.ARBITRARY_DETENTION, Risk.ENFORCED_DISAPPEARANCE, Risk.SEXUAL_VIOLENCE,
				Risk.FORCED_LABOUR);
		assertThat(lines(withRisks)).as("art. 6 and OP2 bind only a party; CED not even signed").isEqualTo(lines(CaseLegalFacts.of("CN", "KP")));
	}

	@Test
	void theDprkIsNeverListedAsBoundByTheTortureConventionOrTheRefugeeConvention() {
		assertThat(obligations(CaseLegalFacts.of("CN", "KP"))).filteredOn(o -> o.state().equals("KP"))
			.extracting(Obligation::instrument)
			.doesNotContain("CAT", "REFUGEE-1951", "REFUGEE-1967");
	}

	@Test
	void aStatePartyToNeitherTheRefugeeConventionNorTheTortureConventionIsBoundByTheCustomaryRuleAlone() {
		List<Obligation> found = obligations(CaseLegalFacts.of("MY", "MM"));
		assertThat(found).extracting(LawFixtures::line).containsExactly("MY CUSTOMARY - CUSTOMARY - BINDING");
		assertThat(found.get(0).basis()).isEqualTo("Malaysia is party to no treaty that forbids this return, but non-refoulement is "
				+ "customary international law and binds every state, party or not.");
		assertThat(found.get(0).sources()).contains("HCR/MMSP/2001/09, preamble, para. 4 (2001)");
	}

	@Test
	void aStatePartyToTheTortureConventionButNotTheRefugeeConventionIsBoundByArticle3AndFlaggedWhereUnverified() {
		assertThat(lines(CaseLegalFacts.of("TH", "KP"))).containsExactly(
				"TH CAT 3 PARTY 2007-10-02 ABSOLUTE unverified",
				"TH ICCPR 7 PARTY 1996-10-29 ABSOLUTE unverified",
				"TH ICCPR 9 PARTY 1996-10-29 BINDING unverified",
				"TH CUSTOMARY - CUSTOMARY - BINDING",
				"KP ICCPR 7 PARTY 1981-09-14 ABSOLUTE",
				"KP ICCPR 12(2) PARTY 1981-09-14 BINDING");
	}

	@Test
	void childrenBringInTheConventionOnTheRightsOfTheChildForReturnAndForDetention() {
		assertThat(lines(CaseLegalFacts.of("CN", "KP").with(Category.CHILD))).containsExactly(
				"CN CAT 3 PARTY 1988-10-04 ABSOLUTE",
				"CN REFUGEE-1951 33 PARTY 1982-09-24 BINDING",
				"CN REFUGEE-1951 35 PARTY 1982-09-24 BINDING",
				"CN REFUGEE-1967 I PARTY 1982-09-24 BINDING",
				"CN CRC 3 PARTY 1992-03-02 BINDING unverified",
				"CN CRC 22 PARTY 1992-03-02 BINDING unverified",
				"CN CRC 37 PARTY 1992-03-02 BINDING unverified",
				"CN CUSTOMARY - CUSTOMARY - BINDING",
				"CN ICCPR - SIGNATORY 1998-10-05 GOOD_FAITH",
				"CN CAT/C/CHN/CO/5 paras. 46-47 FINDING 2016-02-03 RECOMMENDATION unverified",
				"CN A/HRC/25/63 - FINDING 2014-02-07 RECOMMENDATION unverified",
				"CN Special Procedures statement of 17 October 2023 - FINDING 2023-10-17 RECOMMENDATION unverified",
				"KP ICCPR 7 PARTY 1981-09-14 ABSOLUTE",
				"KP ICCPR 12(2) PARTY 1981-09-14 BINDING");
	}

	@Test
	void turkeysGeographicalLimitationTurnsTheRefugeeConventionIntoAStandardForAnUyghurFacingReturnToChina() {
		List<Obligation> found = obligations(CaseLegalFacts.of("TR", "CN"));
		assertThat(found).extracting(LawFixtures::line).containsExactly(
				"TR CAT 3 PARTY 1988-08-02 ABSOLUTE unverified",
				"TR ICCPR 7 PARTY - ABSOLUTE unverified",
				"TR REFUGEE-1951 35 PARTY 1962-03-30 BINDING unverified",
				"TR CAT 22 PARTY 1988-08-02 BINDING unverified",
				"TR ICCPR 9 PARTY - BINDING unverified",
				"TR ICCPR-OP1 1 PARTY - BINDING unverified",
				"TR CUSTOMARY - CUSTOMARY - BINDING",
				"TR REFUGEE-1951 33 PARTY 1962-03-30 RECOMMENDATION unverified",
				"CN CAT 2 PARTY 1988-10-04 ABSOLUTE");
		assertThat(basisOf(found, "REFUGEE-1951", "TR", Strength.RECOMMENDATION))
			.contains("geographical limitation of art. 1B(1)(a)", "a refugee from China is not protected by it there");
	}

	@Test
	void theSameLimitationDoesNotApplyToAReturnWithinEurope() {
		assertThat(lines(CaseLegalFacts.of("TR", "RU"))).contains("TR REFUGEE-1951 33 PARTY 1962-03-30 BINDING unverified");
	}

	@Test
	void aChainReturnThroughAThirdStateBindsTheHandingStateNotToReturnIndirectly() {
		List<Obligation> found = obligations(CaseLegalFacts.of("LA", "KP").withHandovers("CN"));
		assertThat(found).extracting(LawFixtures::line).containsExactly(
				"LA CAT 3 PARTY 2012-09-26 ABSOLUTE unverified",
				"LA CAT 3 PARTY 2012-09-26 ABSOLUTE unverified",
				"LA ICCPR 7 PARTY 2009-09-25 ABSOLUTE unverified",
				"LA ICCPR 7 PARTY 2009-09-25 ABSOLUTE unverified",
				"LA ICCPR 9 PARTY 2009-09-25 BINDING unverified",
				"LA CUSTOMARY - CUSTOMARY - BINDING",
				"LA CUSTOMARY - CUSTOMARY - BINDING",
				"CN CAT 3 PARTY 1988-10-04 ABSOLUTE",
				"CN REFUGEE-1951 33 PARTY 1982-09-24 BINDING",
				"CN REFUGEE-1967 I PARTY 1982-09-24 BINDING",
				"CN CUSTOMARY - CUSTOMARY - BINDING",
				"CN ICCPR - SIGNATORY 1998-10-05 GOOD_FAITH",
				"CN CAT/C/CHN/CO/5 paras. 46-47 FINDING 2016-02-03 RECOMMENDATION unverified",
				"CN A/HRC/25/63 - FINDING 2014-02-07 RECOMMENDATION unverified",
				"CN Special Procedures statement of 17 October 2023 - FINDING 2023-10-17 RECOMMENDATION unverified",
				"KP ICCPR 7 PARTY 1981-09-14 ABSOLUTE",
				"KP ICCPR 12(2) PARTY 1981-09-14 BINDING");
		assertThat(found).filteredOn(o -> o.state().equals("LA") && o.basis().startsWith("Laos must not hand the people to China"))
			.extracting(Obligation::instrument)
			.containsExactly("CAT", "ICCPR");
		assertThat(found).filteredOn(o -> o.state().equals("LA") && o.instrument().equals("CAT") && o.basis().contains("indirect"))
			.singleElement()
			.satisfies(o -> assertThat(o.sources()).contains("CAT/C/GC/4, para. 12 (2017)"));
	}

	@Test
	void womenAndTheDeathPenaltyBringInTheirOwnTreaties() {
		assertThat(lines(CaseLegalFacts.of("RU", "UZ").with(Category.WOMAN).with(Risk.DEATH_PENALTY)))
			.contains("RU CEDAW 2 PARTY - BINDING unverified", "RU ICCPR 6 PARTY - BINDING unverified")
			.doesNotContain("RU ICCPR-OP2 1 PARTY - BINDING unverified");
	}

	@Test
	void noTreatyIsEverListedAsBindingOnAStateThatIsNotPartyToIt() {
		for (String custody : ShippedData.states().keySet()) {
			for (String feared : List.of("KP", "CN", "AF", "MM", "ER", "SY")) {
				CaseLegalFacts facts = new CaseLegalFacts(custody, feared, List.of("CN"), java.util.EnumSet.allOf(Category.class),
						java.util.EnumSet.allOf(Risk.class));
				for (Obligation o : obligations(facts)) {
					InstrumentCode.parse(o.instrument()).ifPresent(code -> {
						if (o.strength() == Strength.ABSOLUTE || o.strength() == Strength.BINDING) {
							assertThat(SHIPPED.of(o.state(), code).isParty()).as(LawFixtures.line(o)).isTrue();
							assertThat(o.status()).isEqualTo("PARTY");
						}
					});
				}
			}
		}
	}

	@Test
	void everyObligationRestingOnAnUnverifiedRowIsFlagged() {
		for (Obligation o : obligations(CaseLegalFacts.of("TH", "KP").with(Category.CHILD))) {
			InstrumentCode.parse(o.instrument()).ifPresent(code -> assertThat(o.verified())
				.as(LawFixtures.line(o)).isEqualTo(SHIPPED.of(o.state(), code).verified()));
		}
	}

	@Test
	void theBasisIsWrittenInTheReadersLanguage() {
		List<Obligation> korean = LawFixtures.ENGINE.obligations(CaseLegalFacts.of("CN", "KP"), Locale.KOREAN);
		assertThat(korean.get(0).basis()).contains("중국", "1988", "고문방지협약");
		List<Obligation> chinese = LawFixtures.ENGINE.obligations(CaseLegalFacts.of("CN", "KP"), Locale.CHINESE);
		assertThat(chinese.get(0).basis()).contains("中国", "1988", "禁止酷刑公约");
	}

	private static String basisOf(List<Obligation> found, String instrument, String state) {
		return found.stream().filter(o -> o.instrument().equals(instrument) && o.state().equals(state)).findFirst().orElseThrow().basis();
	}

	private static String basisOf(List<Obligation> found, String instrument, String state, Strength strength) {
		return found.stream().filter(o -> o.instrument().equals(instrument) && o.state().equals(state) && o.strength() == strength)
			.findFirst().orElseThrow().basis();
	}

}
