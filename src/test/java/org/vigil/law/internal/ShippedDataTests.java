package org.vigil.law.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigil.law.ConsentWay;
import org.vigil.law.Finding;
import org.vigil.law.InstrumentCode;
import org.vigil.law.Participation;
import org.vigil.law.ParticipationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The legal data Vigil ships: complete, sourced or marked unverified, and right on the sample case's facts. */
class ShippedDataTests {

	private final List<Participation> rows = ShippedData.participation();

	private final ParticipationTable table = new ParticipationTable(rows);

	@Test
	void noShippedRowLacksBothASourceWithItsDateAndTheUnverifiedMark() {
		assertThat(rows).allSatisfy(row -> assertThat(row.isSourced() || !row.verified()).as(row.state() + " " + row.instrument()).isTrue());
	}

	@Test
	void everyVerifiedRowNamesItsSourcesAndTheDayTheyWereRead() {
		assertThat(rows).filteredOn(Participation::verified).isNotEmpty()
			.allSatisfy(row -> assertThat(row.isSourced()).isTrue())
			.allSatisfy(row -> assertThat(row.status() == ParticipationStatus.NONE || row.date() != null).isTrue());
	}

	@Test
	void everyUnMemberAndObserverStateHasARowForEveryInstrument() {
		Set<String> keys = new HashSet<>();
		rows.forEach(row -> keys.add(row.state() + " " + row.instrument()));
		assertThat(keys).hasSize(195 * InstrumentCode.values().length);
		assertThat(ShippedData.states()).hasSize(195).containsKeys("CN", "KP", "VA", "PS");
	}

	@Test
	void chinaAccededToTheRefugeeConventionAndProtocolIn1982AndRatifiedTheTortureConventionIn1988() {
		Participation refugee = table.of("CN", InstrumentCode.REFUGEE_1951);
		assertThat(refugee.status()).isEqualTo(ParticipationStatus.PARTY);
		assertThat(refugee.how()).isEqualTo(ConsentWay.ACCESSION);
		assertThat(refugee.date().getYear()).isEqualTo(1982);
		assertThat(refugee.verified()).isTrue();
		Participation protocol = table.of("CN", InstrumentCode.REFUGEE_1967);
		assertThat(protocol.how()).isEqualTo(ConsentWay.ACCESSION);
		assertThat(protocol.date().getYear()).isEqualTo(1982);
		Participation cat = table.of("CN", InstrumentCode.CAT);
		assertThat(cat.status()).isEqualTo(ParticipationStatus.PARTY);
		assertThat(cat.date().getYear()).isEqualTo(1988);
		assertThat(cat.verified()).isTrue();
	}

	@Test
	void chinaSignedTheCovenantIn1998AndNeverRatifiedIt() {
		Participation iccpr = table.of("CN", InstrumentCode.ICCPR);
		assertThat(iccpr.status()).isEqualTo(ParticipationStatus.SIGNATORY);
		assertThat(iccpr.date()).hasToString("1998-10-05");
		assertThat(iccpr.verified()).isTrue();
	}

	@Test
	void theDprkIsPartyToTheCovenantAndNotToTheTortureOrRefugeeConventions() {
		assertThat(table.of("KP", InstrumentCode.ICCPR).status()).isEqualTo(ParticipationStatus.PARTY);
		assertThat(table.of("KP", InstrumentCode.ICCPR).verified()).isTrue();
		assertThat(table.of("KP", InstrumentCode.CAT).status()).isEqualTo(ParticipationStatus.NONE);
		assertThat(table.of("KP", InstrumentCode.REFUGEE_1951).status()).isEqualTo(ParticipationStatus.NONE);
		assertThat(table.of("KP", InstrumentCode.REFUGEE_1967).status()).isEqualTo(ParticipationStatus.NONE);
	}

	@Test
	void noCompiledRowClaimsADateItsEditorsDidNotGive() {
		assertThat(rows).filteredOn(row -> row.source() != null && row.source().startsWith("Vigil starting compilation (editors'"))
			.allSatisfy(row -> assertThat(row.date()).isNull())
			.allSatisfy(row -> assertThat(row.verified()).isFalse());
	}

	@Test
	void everyRiskClaimIsCitedOrMarkedUnverifiedAndTheProfilesCoverTheBenchmarksRoutes() {
		List<ShippedData.SeedProfile> profiles = ShippedData.riskProfiles();
		assertThat(profiles).extracting(ShippedData.SeedProfile::country).contains("KP", "CN", "AF", "MM", "ER");
		assertThat(profiles).flatExtracting(ShippedData.SeedProfile::claims)
			.allSatisfy(claim -> assertThat(claim.citation() != null || !claim.verified()).isTrue());
	}

	@Test
	void theFindingsTheEngineCitesAreShippedWithTheirSymbolAndDate() {
		List<Finding> findings = ShippedData.findings();
		for (String id : Finding.ENGINE_SOURCES) {
			assertThat(findings).filteredOn(f -> f.id().equals(id)).singleElement()
				.satisfies(f -> assertThat(f.symbol()).isNotBlank())
				.satisfies(f -> assertThat(f.date()).isNotNull());
		}
		assertThat(findings).extracting(Finding::symbol).contains("CAT/C/CHN/CO/5", "A/HRC/25/63", "UNHCR ExCom Conclusion No. 6 (XXVIII)",
				"UNHCR ExCom Conclusion No. 82 (XLVIII)");
		assertThat(findings).extracting(Finding::kind).contains(Finding.Kind.CONCLUDING_OBSERVATIONS, Finding.Kind.COMMISSION_OF_INQUIRY,
				Finding.Kind.UNHCR_POSITION, Finding.Kind.SPECIAL_PROCEDURE);
		assertThat(findings).filteredOn(f -> f.kind() == Finding.Kind.SPECIAL_PROCEDURE)
			.allSatisfy(f -> assertThat(f.paraphrase()).isNotBlank())
			.extracting(Finding::date).contains(java.time.LocalDate.of(2023, 10, 17));
	}

}
