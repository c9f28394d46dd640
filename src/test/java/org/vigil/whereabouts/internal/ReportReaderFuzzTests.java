package org.vigil.whereabouts.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.vigil.geo.Place;
import org.vigil.geo.PlaceCandidate;
import org.vigil.geo.PlaceKind;
import org.vigil.geo.PlaceResolution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pasted report is any text at all: reading one never fails, gives at most
 * {@value ReportReader#MAX_PROPOSALS} proposals in the order of the text, each quoting words of the
 * text, naming a place it found, with a date range that ends after it starts (transfers from the
 * report's day on, past events up to it), and nothing for a text longer than the reader reads. The
 * places come from a gazetteer that knows every phrase (so that every clause with a preposition is
 * read to its end), with scores taken from the phrase itself.
 */
class ReportReaderFuzzTests {

	private static final LocalDate REPORTED = LocalDate.of(2026, 5, 13);

	/** Knows a place for any phrase but those whose hash says otherwise: all the reader's paths are taken. */
	private static PlaceResolution anyPlace(String text, String country) {
		int hash = text.hashCode();
		if (Math.floorMod(hash, 5) == 0) {
			return PlaceResolution.none(text);
		}
		Place place = new Place("gn:" + Math.floorMod(hash, 1000), text, PlaceKind.CITY, Math.floorMod(hash, 3) == 0 ? "KP" : "CN",
				"Jilin", 42.9 + Math.floorMod(hash, 10) / 10.0, 129.5, 1000, false);
		double score = Math.floorMod(hash, 11) / 10.0;
		return new PlaceResolution(text, List.of(new PlaceCandidate(place, score, text)), score > 0.8);
	}

	@FuzzTest
	void anyTextReadsIntoWellFormedProposalsOrNone(byte[] input) {
		String text = new String(input, StandardCharsets.UTF_8);
		List<Proposal> proposals = new ReportReader(ReportReaderFuzzTests::anyPlace).read(text, REPORTED, "CN");
		if (text.length() > ReportReader.MAX_TEXT) {
			assertThat(proposals).isEmpty();
		}
		assertThat(proposals).hasSizeLessThanOrEqualTo(ReportReader.MAX_PROPOSALS);
		for (int i = 0; i < proposals.size(); i++) {
			Proposal p = proposals.get(i);
			assertThat(p.index()).isEqualTo(i);
			assertThat(text).contains(p.quote());
			assertThat(p.candidates()).isNotEmpty().allSatisfy(c -> assertThat(c.score()).isGreaterThanOrEqualTo(ReportReader.MIN_SCORE));
			assertThat(p.kind()).isNotNull();
			assertThat(p.certainty()).isNotNull();
			assertThat(p.date()).isNotNull();
			if (p.until() != null) {
				assertThat(p.until().latest()).isAfterOrEqualTo(p.date().earliest());
			}
			if (!p.dateGiven() && p.kind() == EntryKind.TRANSFER) {
				assertThat(p.date().earliest()).as("an expected transfer without a date is from the report's day on").isEqualTo(REPORTED);
			}
		}
	}

}
