package org.vigil.whereabouts.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.geo.Gazetteer;
import org.vigil.support.WebIntegrationTest;
import org.vigil.whereabouts.Certainty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What contacts actually write becomes the entries they meant, with places found by the real
 * gazetteer: the seed report of the sample case, and other realistic reports — dates relative to the
 * report's day, places in Chinese and Korean script, a handover at the border, a sighting, hiding.
 */
class ReportReadingTests extends WebIntegrationTest {

	/** A Wednesday: "last week" is Monday 4 to Sunday 10 May. */
	private static final LocalDate REPORTED = LocalDate.of(2026, 5, 13);

	private static final String SEED = "apprehended by police last week in Shengyang city of Lioaning province; believed to be "
			+ "detained near Yanji; to be imminently sent to Helong city, 70 km southwest of Yanji, near the border";

	@Autowired
	private Gazetteer gazetteer;

	private List<Proposal> read(String text) {
		return new ReportReader(gazetteer::resolve).read(text, REPORTED, "CN");
	}

	@Test
	void theSeedReportIsAnArrestInShenyangAboutAWeekBeforeTheReport() {
		Proposal arrest = read(SEED).get(0);
		assertThat(arrest.kind()).isEqualTo(EntryKind.CUSTODY);
		assertThat(arrest.best().place().name()).isEqualTo("Shenyang");
		assertThat(arrest.best().place().admin1()).isEqualTo("Liaoning");
		assertThat(arrest.date().earliest()).isBeforeOrEqualTo(REPORTED.minusDays(7));
		assertThat(arrest.date().latest()).isAfterOrEqualTo(REPORTED.minusDays(7)).isBefore(REPORTED);
		assertThat(arrest.custodian()).isEqualTo("police");
	}

	@Test
	void theSeedReportThenHasThemHeldNearYanjiAsBelieved() {
		List<Proposal> proposals = read(SEED);
		Proposal held = proposals.get(1);
		assertThat(held.kind()).isEqualTo(EntryKind.CUSTODY);
		assertThat(held.best().place().name()).isEqualTo("Yanji");
		assertThat(held.certainty()).isEqualTo(Certainty.BELIEVED);
		assertThat(held.until()).as("still held").isNull();
		assertThat(held.date().earliest()).isEqualTo(proposals.get(0).date().earliest());
		assertThat(proposals.get(0).until()).as("the custody in Shenyang ended when they were taken to Yanji").isEqualTo(held.date());
	}

	@Test
	void theSeedReportEndsWithATransferToHelongDescribedAsImminent() {
		List<Proposal> proposals = read(SEED);
		assertThat(proposals).hasSize(3);
		Proposal transfer = proposals.get(2);
		assertThat(transfer.kind()).isEqualTo(EntryKind.TRANSFER);
		assertThat(transfer.best().place().name()).isEqualTo("Helong");
		assertThat(transfer.certainty()).isEqualTo(Certainty.IMMINENT);
		assertThat(transfer.bestFrom().place().name()).as("from where they are held").isEqualTo("Yanji");
		assertThat(transfer.date().earliest()).isEqualTo(REPORTED);
		assertThat(transfer.date().latest()).isBefore(REPORTED.plusDays(8));
	}

	@Test
	void aReportWithADayAndChineseScriptPlacesReadsThemAll() {
		List<Proposal> proposals = read("Our contact confirms that the two women were arrested on 3 May in 图们 by border police. "
				+ "They are now held in 延吉 and will be handed over to North Korean authorities at the Tumen crossing on Friday.");
		assertThat(proposals).extracting(Proposal::kind).containsExactly(EntryKind.CUSTODY, EntryKind.CUSTODY, EntryKind.TRANSFER);
		assertThat(proposals.get(0).best().place().name()).isEqualTo("Tumen");
		assertThat(proposals.get(0).date()).isEqualTo(org.vigil.whereabouts.FuzzyDate.on(LocalDate.of(2026, 5, 3)));
		assertThat(proposals.get(0).certainty()).isEqualTo(Certainty.CONFIRMED);
		assertThat(proposals.get(0).custodian()).isEqualTo("border police");
		assertThat(proposals.get(1).best().place().name()).isEqualTo("Yanji");
		Proposal handover = proposals.get(2);
		assertThat(handover.intoHandsOf()).isEqualTo("North Korean authorities");
		assertThat(handover.receivingState()).isEqualTo("KP");
		assertThat(handover.date()).isEqualTo(org.vigil.whereabouts.FuzzyDate.on(LocalDate.of(2026, 5, 15)));
	}

	@Test
	void aReportInKoreanPlaceNamesFindsTheKoreanNamesOfChineseTowns() {
		List<Proposal> proposals = read("Reportedly detained yesterday in 연길; to be transferred to 화룡 within days.");
		assertThat(proposals).extracting(p -> p.best().place().name()).containsExactly("Yanji", "Helong");
		assertThat(proposals.get(0).date()).isEqualTo(org.vigil.whereabouts.FuzzyDate.on(REPORTED.minusDays(1)));
		assertThat(proposals.get(0).certainty()).isEqualTo(Certainty.REPORTED);
		assertThat(proposals.get(1).certainty()).isEqualTo(Certainty.IMMINENT);
	}

	@Test
	void aSightingTwoDaysAgoIsASightingOnThatDay() {
		Proposal seen = read("He was seen two days ago at the detention centre in Dandong, according to a relative.").get(0);
		assertThat(seen.kind()).isEqualTo(EntryKind.SIGHTING);
		assertThat(seen.best().place().name()).isEqualTo("Dandong");
		assertThat(seen.date()).isEqualTo(org.vigil.whereabouts.FuzzyDate.on(REPORTED.minusDays(2)));
	}

	@Test
	void aRumouredMoveLastMonthIsRumouredCustodyWhereTheyWereTaken() {
		Proposal moved = read("Unconfirmed: the group was moved to Tumen last month.").get(0);
		assertThat(moved.kind()).as("a move that happened is custody where they were taken").isEqualTo(EntryKind.CUSTODY);
		assertThat(moved.best().place().name()).isEqualTo("Tumen");
		assertThat(moved.certainty()).isEqualTo(Certainty.RUMOURED);
		assertThat(moved.date().earliest()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(moved.date().latest()).isEqualTo(LocalDate.of(2026, 4, 30));
	}

	@Test
	void aPersonInHidingIsProposedAsAPlaceOfHiding() {
		Proposal hiding = read("She escaped and is hiding with a family in Longjing since last week.").get(0);
		assertThat(hiding.kind()).isEqualTo(EntryKind.HIDING);
		assertThat(hiding.best().place().name()).isEqualTo("Longjing");
	}

	@Test
	void textWithoutAnyEventOrPlaceProposesNothing() {
		assertThat(read("Please call me back when you can. The weather is bad here.")).isEmpty();
		assertThat(read("to be or not to be")).isEmpty();
	}

}
