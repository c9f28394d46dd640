package org.vigil.directory.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.directory.Authority;
import org.vigil.directory.AuthorityKind;
import org.vigil.directory.ChannelKind;
import org.vigil.directory.ContactChannel;
import org.vigil.directory.Suggestion;
import org.vigil.directory.SuggestionFacts;

import static org.assertj.core.api.Assertions.assertThat;

class AddresseeRuleTests {

	private static Authority entry(String country, AuthorityKind kind, String title) {
		return entry(country, kind, title, null, false);
	}

	private static Authority entry(String country, AuthorityKind kind, String title, String hostCountry, boolean verified) {
		return new Authority(UUID.randomUUID(), country, kind, null, title, null, hostCountry, List.of("en"), List.of(), List.of(),
				verified ? "alice" : null, verified ? LocalDate.of(2026, 11, 1) : null, false, 0);
	}

	private static List<Authority> china() {
		return new ArrayList<>(List.of(entry("CN", AuthorityKind.HEAD_OF_STATE, "President of the People's Republic of China"),
				entry("CN", AuthorityKind.MINISTRY_OF_PUBLIC_SECURITY, "Minister of Public Security"),
				entry("CN", AuthorityKind.MINISTRY_OF_JUSTICE, "Minister of Justice"),
				entry("CN", AuthorityKind.MINISTRY_OF_FOREIGN_AFFAIRS, "Minister of Foreign Affairs"),
				entry("CN", AuthorityKind.PERMANENT_MISSION_GENEVA, "Permanent Representative in Geneva", "CH", false),
				entry("CN", AuthorityKind.EMBASSY, "Ambassador to the Republic of Korea", "KR", false)));
	}

	private static List<String> titles(List<Authority> authorities) {
		return authorities.stream().map(Authority::title).toList();
	}

	@Test
	void peopleHeldByAPublicSecurityBureauGoToThePresidentAndTheMinisterOfPublicSecurityWithCopiesToForeignAffairsAndGeneva() {
		Suggestion suggestion = AddresseeRule.suggest(new SuggestionFacts("CN", "Yanji Public Security Bureau"), china(), null);
		assertThat(titles(suggestion.addressees())).containsExactly("President of the People's Republic of China", "Minister of Public Security");
		assertThat(titles(suggestion.copies())).containsExactly("Minister of Foreign Affairs", "Permanent Representative in Geneva");
		assertThat(suggestion.missing()).isEmpty();
	}

	@Test
	void peopleHeldInAPrisonGoToTheMinisterOfJustice() {
		Suggestion suggestion = AddresseeRule.suggest(new SuggestionFacts("CN", "Jilin Provincial Prison"), china(), null);
		assertThat(titles(suggestion.addressees())).containsExactly("President of the People's Republic of China", "Minister of Justice");
	}

	@Test
	void aCustodianWrittenInChineseIsRecognisedToo() {
		Suggestion suggestion = AddresseeRule.suggest(new SuggestionFacts("CN", "吉林省监狱"), china(), null);
		assertThat(titles(suggestion.addressees())).contains("Minister of Justice");
	}

	@Test
	void immigrationDetentionGoesToTheInteriorAndFallsBackToPublicSecurityWhereTheStateHasNoInteriorMinistry() {
		Suggestion suggestion = AddresseeRule.suggest(new SuggestionFacts("CN", "Dandong Immigration Detention Centre"), china(), null);
		assertThat(titles(suggestion.addressees())).contains("Minister of Public Security");
		List<Authority> thailand = List.of(entry("TH", AuthorityKind.HEAD_OF_GOVERNMENT, "Prime Minister of Thailand"),
				entry("TH", AuthorityKind.MINISTRY_OF_INTERIOR, "Minister of the Interior"));
		assertThat(titles(AddresseeRule.suggest(new SuggestionFacts("TH", "Suan Phlu Immigration Detention Centre"), thailand, null)
			.addressees())).containsExactly("Prime Minister of Thailand", "Minister of the Interior");
	}

	@Test
	void anUnknownCustodianIsTakenToBeThePolice() {
		Suggestion suggestion = AddresseeRule.suggest(SuggestionFacts.of("CN"), china(), null);
		assertThat(titles(suggestion.addressees())).containsExactly("President of the People's Republic of China", "Minister of Public Security");
	}

	@Test
	void theHeadOfGovernmentIsTheAddresseeWhereTheDirectoryHasNoHeadOfState() {
		List<Authority> japan = List.of(entry("JP", AuthorityKind.HEAD_OF_GOVERNMENT, "Prime Minister of Japan"),
				entry("JP", AuthorityKind.MINISTRY_OF_JUSTICE, "Minister of Justice"));
		Suggestion suggestion = AddresseeRule.suggest(SuggestionFacts.of("JP"), japan, null);
		assertThat(titles(suggestion.addressees())).containsExactly("Prime Minister of Japan", "Minister of Justice");
		assertThat(suggestion.missing()).containsExactly(AuthorityKind.MINISTRY_OF_FOREIGN_AFFAIRS, AuthorityKind.PERMANENT_MISSION_GENEVA);
	}

	@Test
	void theEmbassyInTheOrganisationsCountryGetsACopyWhenThatCountryIsSet() {
		Suggestion suggestion = AddresseeRule.suggest(SuggestionFacts.of("CN"), china(), "KR");
		assertThat(titles(suggestion.copies())).containsExactly("Minister of Foreign Affairs", "Permanent Representative in Geneva",
				"Ambassador to the Republic of Korea");
	}

	@Test
	void aMissingEmbassyIsNamedAsMissing() {
		Suggestion suggestion = AddresseeRule.suggest(SuggestionFacts.of("CN"), china(), "GB");
		assertThat(titles(suggestion.copies())).doesNotContain("Ambassador to the Republic of Korea");
		assertThat(suggestion.missing()).containsExactly(AuthorityKind.EMBASSY);
	}

	@Test
	void aPoliceEntryNamedInTheCustodianIsAnAddresseeToo() {
		List<Authority> entries = china();
		entries.add(entry("CN", AuthorityKind.POLICE, "Yanji Public Security Bureau"));
		Suggestion suggestion = AddresseeRule.suggest(new SuggestionFacts("CN", "Yanji Public Security Bureau, detention house"), entries, null);
		assertThat(titles(suggestion.addressees())).containsExactly("President of the People's Republic of China", "Minister of Public Security",
				"Yanji Public Security Bureau");
	}

	@Test
	void ofTwoEntriesOfOneKindTheVerifiedOneWithFreshChannelsIsSuggested() {
		List<Authority> entries = china();
		ContactChannel old = new ContactChannel(ChannelKind.POSTAL, "Old address", LocalDate.of(2010, 1, 1), "a 2010 page", true);
		entries.add(new Authority(UUID.randomUUID(), "CN", AuthorityKind.MINISTRY_OF_FOREIGN_AFFAIRS, null, "A Foreign Minister, stale", null,
				null, List.of(), List.of(), List.of(old), "bob", LocalDate.of(2026, 1, 1), false, 0));
		entries.add(entry("CN", AuthorityKind.MINISTRY_OF_FOREIGN_AFFAIRS, "B Foreign Minister, checked", null, true));
		Suggestion suggestion = AddresseeRule.suggest(SuggestionFacts.of("CN"), entries, null);
		assertThat(titles(suggestion.copies())).first().isEqualTo("B Foreign Minister, checked");
	}

	@Test
	void aStateWithNoEntriesGetsNoSuggestionAndEveryKindNamedAsMissing() {
		Suggestion suggestion = AddresseeRule.suggest(SuggestionFacts.of("NO"), List.of(), null);
		assertThat(suggestion.addressees()).isEmpty();
		assertThat(suggestion.missing()).containsExactly(AuthorityKind.HEAD_OF_STATE, AuthorityKind.MINISTRY_OF_PUBLIC_SECURITY,
				AuthorityKind.MINISTRY_OF_FOREIGN_AFFAIRS, AuthorityKind.PERMANENT_MISSION_GENEVA);
	}

}
