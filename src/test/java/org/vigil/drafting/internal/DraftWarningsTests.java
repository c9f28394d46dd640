package org.vigil.drafting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.vigil.appeals.DraftChecks.Kind;
import org.vigil.appeals.DraftChecks.Warning;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.CaseStatus;
import org.vigil.cases.Priority;
import org.vigil.cases.VisibleCase;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Place;
import org.vigil.geo.PlaceCandidate;
import org.vigil.geo.PlaceKind;
import org.vigil.geo.PlaceResolution;
import org.vigil.law.Instrument;
import org.vigil.law.InstrumentCode;
import org.vigil.law.Instruments;
import org.vigil.law.Participation;
import org.vigil.law.ParticipationStatus;
import org.vigil.law.StateParticipation;
import org.vigil.whereabouts.CaseWhereabouts;
import org.vigil.whereabouts.Certainty;
import org.vigil.whereabouts.CustodyFact;
import org.vigil.whereabouts.FuzzyDate;
import org.vigil.whereabouts.PlaceRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One warning per thing an edit can get wrong, against a case held in Yanji: fakes stand for the
 * modules the facts come from (a gazetteer that knows two places, the law data for one treaty, a
 * case that protects one name).
 */
class DraftWarningsTests {

	private static final UUID CASE = UUID.randomUUID();

	private static final String GENERATED = """
			Refugee group A has been held in Yanji, Jilin since 3 November 2026.

			China has signed the Covenant on Civil and Political Rights (1998) but not ratified it (VCLT art. 18).

			The Committee was concerned that China forcibly returns people. (CAT/C/CHN/CO/5, paras. 46-47)""";

	private final DraftWarnings warnings = new DraftWarnings(new OneCase(), caseId -> new CaseWhereabouts(caseId,
			List.of(new CustodyFact(UUID.randomUUID(), UUID.randomUUID(), "Refugee group A", new PlaceRef("gn:1", "Yanji", "Jilin", "CN",
					42.9, 129.5), "police", FuzzyDate.on(LocalDate.of(2026, 11, 3)), null, Certainty.BELIEVED, null, false, LocalDate.now())),
			List.of(), List.of(), Optional.empty()), new TwoPlaces(), new TheCovenant(), new CovenantOnly(),
			(caseId, text) -> text.contains("Kim Chol") ? 1 : 0, messages());

	@Test
	void theGeneratedTextAsItIsHasNoWarning() {
		assertThat(warnings.check(CASE, GENERATED, GENERATED, Locale.ENGLISH)).isEmpty();
	}

	@Test
	void removingACitationIsWarnedOfByItsSymbol() {
		List<Warning> found = warnings.check(CASE, GENERATED, GENERATED.replace(" (CAT/C/CHN/CO/5, paras. 46-47)", ""), Locale.ENGLISH);
		assertThat(found).extracting(Warning::kind, Warning::subject).containsExactly(org.assertj.core.groups.Tuple.tuple(
				Kind.CITATION_REMOVED, "CAT/C/CHN/CO/5"));
	}

	@Test
	void aPlaceTheTimelineDoesNotKnowIsWarnedOfAndOneItKnowsIsNot() {
		assertThat(warnings.check(CASE, GENERATED, GENERATED + "\n\nThey may be moved to Tumen.", Locale.ENGLISH))
			.extracting(Warning::kind, Warning::subject).containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_PLACE, "Tumen"));
		assertThat(warnings.check(CASE, GENERATED, GENERATED + "\n\nThey are still in Yanji.", Locale.ENGLISH)).isEmpty();
	}

	@Test
	void aTreatyStatusTheLawDataContradictsIsWarnedOfWithWhatTheDataSays() {
		String edited = GENERATED.replace("China has signed the Covenant on Civil and Political Rights (1998) but not ratified it",
				"China is party to the Covenant on Civil and Political Rights");
		List<Warning> found = warnings.check(CASE, GENERATED, edited, Locale.ENGLISH);
		assertThat(found).extracting(Warning::kind).containsExactly(Kind.TREATY_STATUS);
		assertThat(found.get(0).message()).contains("has signed", "1998");
	}

	@Test
	void aProtectedNameIsWarnedOfWithoutRepeatingIt() {
		List<Warning> found = warnings.check(CASE, GENERATED, GENERATED + "\n\nWe ask about Kim Chol.", Locale.ENGLISH);
		assertThat(found).extracting(Warning::kind).containsExactly(Kind.PROTECTED_IDENTITY);
		assertThat(found.get(0).subject()).isNull();
		assertThat(found.get(0).message()).doesNotContain("Kim Chol").contains("1 person");
	}

	@Test
	void aHandWrittenAppealIsCheckedForWhatItSaysItself() {
		assertThat(warnings.check(CASE, null, "Kim Chol is held in Tumen.", Locale.ENGLISH)).extracting(Warning::kind)
			.containsExactly(Kind.UNKNOWN_PLACE, Kind.PROTECTED_IDENTITY);
	}

	@Test
	void whatASentenceSaysOfAStatesStandingIsRead() {
		assertThat(DraftWarnings.claimedStatus("China is party to the Covenant.")).isEqualTo(ParticipationStatus.PARTY);
		assertThat(DraftWarnings.claimedStatus("China has signed the Covenant but not ratified it.")).isEqualTo(ParticipationStatus.SIGNATORY);
		assertThat(DraftWarnings.claimedStatus("Malaysia is not party to the Convention.")).isEqualTo(ParticipationStatus.NONE);
		assertThat(DraftWarnings.claimedStatus("China must respect the Covenant.")).isNull();
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/drafting", "messages/law");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static final class OneCase implements CaseDirectory {

		@Override
		public org.vigil.cases.CaseStanding standing(org.vigil.accounts.Viewer viewer, UUID caseId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<VisibleCase> describe(UUID caseId) {
			return Optional.of(new VisibleCase(caseId, "CN 1/2026", UUID.randomUUID(), "CN", "KP", CaseStatus.OPEN, Priority.URGENT,
					null, Set.of()));
		}

	}

	/** Knows Yanji and Tumen, and resolves nothing else. */
	private static final class TwoPlaces implements Gazetteer {

		private final List<Place> places = List.of(new Place("gn:1", "Yanji", PlaceKind.CITY, "CN", "Jilin", 42.9, 129.5, 400000, true),
				new Place("gn:2", "Tumen", PlaceKind.CITY, "CN", "Jilin", 42.97, 129.84, 100000, true));

		@Override
		public PlaceResolution resolve(String text, String country) {
			return places.stream().filter(p -> p.name().equalsIgnoreCase(text)).findFirst()
				.map(p -> new PlaceResolution(text, List.of(new PlaceCandidate(p, 1.0, p.name())), true))
				.orElse(PlaceResolution.none(text));
		}

		@Override
		public Optional<Place> find(String id) {
			return places.stream().filter(p -> p.id().equals(id)).findFirst();
		}

		@Override
		public Optional<String> nameIn(String id, Locale language) {
			return Optional.empty();
		}

		@Override
		public Optional<Place> divisionOf(String id) {
			return Optional.empty();
		}

	}

	/** China signed the Covenant in 1998; nothing else is held. */
	private static final class TheCovenant implements StateParticipation {

		@Override
		public boolean tracks(String iso2) {
			return true;
		}

		@Override
		public List<Participation> of(String iso2) {
			return List.of(of(iso2, InstrumentCode.ICCPR));
		}

		@Override
		public Participation of(String iso2, InstrumentCode instrument) {
			if (iso2.equals("CN") && instrument == InstrumentCode.ICCPR) {
				return new Participation("CN", instrument, ParticipationStatus.SIGNATORY, null, LocalDate.of(1998, 10, 5), null, null,
						Set.of(), null, true, "UN Treaty Collection", LocalDate.of(2026, 1, 1));
			}
			return Participation.unknown(iso2, instrument);
		}

		@Override
		public List<Participation> across(InstrumentCode instrument) {
			return List.of();
		}

	}

	private static final class CovenantOnly implements Instruments {

		private final Instrument covenant = new Instrument(InstrumentCode.ICCPR, "International Covenant on Civil and Political Rights",
				"Covenant on Civil and Political Rights", LocalDate.of(1966, 12, 16), "IV-4", "OP1", List.of());

		@Override
		public List<Instrument> all() {
			return List.of(covenant);
		}

		@Override
		public Instrument of(InstrumentCode code) {
			return covenant;
		}

	}


}
