package org.vigil.publishing.internal.prepare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.vigil.cases.ProtectedValues;
import org.vigil.cases.ProtectedValues.Field;
import org.vigil.cases.ProtectedValues.Match;
import org.vigil.cases.ProtectedValues.Script;
import org.vigil.whereabouts.HidingPlaces;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The redaction pass on a letter, against a case that protects one person's names, alias and birth
 * date, one informant's name and number, and one place of hiding: fakes stand for the modules that keep
 * those values (they find a value written as it is, which is all the pass needs of them). What the pass
 * keeps is the letter's paragraphs as written — public labels only — and what it does not is every
 * section marker, every paragraph citing evidence, and every paragraph that holds a protected value,
 * which becomes a note naming the field.
 */
class RedactionPassTests {

	private static final UUID CASE = UUID.randomUUID();

	private static final String NAME = "Kwon Zqredacted";

	private static final String INFORMANT = "Pak Zvinformant";

	private static final String HIDING_PLACE = "the flat above the Zhmarket bakery";

	/** What the case protects, each value with the field it is, in the order the cases module answers them: persons, then sources. */
	private static final List<Map.Entry<String, Match>> PROTECTED = List.of(Map.entry(NAME, new Match(Field.PERSON_NAME, 1, Script.LATIN)),
			Map.entry("권즈레", new Match(Field.PERSON_NAME, 1, Script.HANGUL)), Map.entry("Little Zq", new Match(Field.ALIAS, 1, Script.LATIN)),
			Map.entry("14 March 1990", new Match(Field.BIRTH_DATE, 1, null)), Map.entry(INFORMANT, new Match(Field.SOURCE_NAME, 1, null)),
			Map.entry("+86 138 1234 5678", new Match(Field.SOURCE_CONTACT, 1, null)));

	private static final ProtectedValues VALUES = (caseId, text) -> {
		List<Match> found = new ArrayList<>();
		if (caseId.equals(CASE)) {
			PROTECTED.stream().filter(value -> text.contains(value.getKey())).forEach(value -> found.add(value.getValue()));
		}
		return found;
	};

	private static final HidingPlaces HIDING = (caseId, text) -> caseId.equals(CASE) && text.contains(HIDING_PLACE) ? 1 : 0;

	private final RedactionPass pass = new RedactionPass(new ProtectedValueCheck(VALUES, HIDING, messages()), messages());

	@Test
	void theLettersParagraphsThatUsePublicLabelsOnlyAreKeptAsWrittenAndTheAsksCloseTheText() {
		PublicationText text = pass.publicText(CASE, letter("en", """
				Refugee A and Refugee B are held in Yanji.

				Refugee A fears torture if returned.""", "That they not be returned\nThat they be given access to UNHCR"));

		assertThat(text.body()).isEqualTo("""
				Refugee A and Refugee B are held in Yanji.

				Refugee A fears torture if returned.

				That they not be returned
				That they be given access to UNHCR""");
		assertThat(text.title()).isEqualTo("Do not return Refugee A and Refugee B");
	}

	@Test
	void theSectionMarkersGoAndEveryParagraphStaysAParagraphOfItsOwn() {
		// As the drafting module writes a letter: a marker line starts each part, paragraphs are followed by a blank line.
		PublicationText text = pass.publicText(CASE, letter("en", """
				We appeal to you on behalf of Refugee A.

				[facts]
				Refugee A is held in Yanji.

				Refugee A was arrested in January.

				[legalArgument]
				China is party to the Convention against Torture.

				[closing]
				Yours sincerely,

				""", ""));

		assertThat(text.body()).isEqualTo("""
				We appeal to you on behalf of Refugee A.

				Refugee A is held in Yanji.

				Refugee A was arrested in January.

				China is party to the Convention against Torture.

				Yours sincerely,""");
	}

	@Test
	void aParagraphThatCitesEvidenceIsLeftOutInAnyOfTheThreeLanguages() {
		PublicationText text = pass.publicText(CASE, letter("en", """
				Refugee A is held in Yanji.

				The enclosed file holds the photographs of the cell.

				Annex 2 is the statement of a witness.

				Our evidence shows that they were beaten.

				증거 사진이 첨부되어 있습니다.

				证据已附上。

				Refugee A must not be returned.""", ""));

		assertThat(text.body()).isEqualTo("""
				Refugee A is held in Yanji.

				Refugee A must not be returned.""");
	}

	@Test
	void theInformantsParagraphIsLeftOutAndANoteSaysItHeldTheSourcesNameAndContact() {
		PublicationText text = pass.publicText(CASE, letter("en", """
				Refugee A is held in Yanji.

				We learnt of the arrest from %s, who can be reached on +86 138 1234 5678.""".formatted(INFORMANT), ""));

		assertThat(text.body()).isEqualTo("""
				Refugee A is held in Yanji.

				[Removed by the redaction pass: this paragraph held the name of source 1; the contact details of source 1. \
				Rewrite it with public labels only.]""");
		assertThat(text.body() + text.summary()).doesNotContain(INFORMANT).doesNotContain("Zvinformant").doesNotContain("138 1234");
	}

	@Test
	void theParagraphNamingAPlaceOfHidingIsLeftOutAndANoteSaysSo() {
		PublicationText text = pass.publicText(CASE, letter("en", """
				Refugee B escaped from custody.

				Refugee B is now hiding in %s.""".formatted(HIDING_PLACE), ""));

		assertThat(text.body()).isEqualTo("""
				Refugee B escaped from custody.

				[Removed by the redaction pass: this paragraph held a place of hiding recorded in the whereabouts (1). \
				Rewrite it with public labels only.]""");
		assertThat(text.body()).doesNotContain("Zhmarket");
	}

	@Test
	void aParagraphNamingThePersonRatherThanThePublicLabelIsLeftOutAndANoteNamesEveryFieldItHeld() {
		PublicationText text = pass.publicText(CASE, letter("en", """
				%s (권즈레), born on 14 March 1990 and known as Little Zq, is held in Yanji.

				Refugee A must not be returned.""".formatted(NAME), ""));

		assertThat(text.body()).isEqualTo("""
				[Removed by the redaction pass: this paragraph held the name of person 1 (Latin script); the name of person 1 \
				(Hangul script); an alias of person 1 (Latin script); the birth date of person 1. Rewrite it with public labels only.]

				Refugee A must not be returned.""");
		assertThat(text.body()).doesNotContain("Zqredacted").doesNotContain("권즈레").doesNotContain("1990").doesNotContain("Little Zq");
	}

	@Test
	void aTitleThatHoldsAProtectedValueIsReplacedByTheNoteToo() {
		PublicationText text = pass.publicText(CASE, new RedactionPass.Letter("en", "Do not return " + NAME, "",
				"Refugee A is held in Yanji.", "030", "CN", List.of()));

		assertThat(text.title()).isEqualTo("[Removed by the redaction pass: this paragraph held the name of person 1 (Latin script). "
				+ "Rewrite it with public labels only.]");
	}

	@Test
	void theNoteIsWrittenInTheLettersLanguage() {
		PublicationText korean = pass.publicText(CASE, letter("ko", "난민 A는 연길에 구금되어 있습니다.\n\n" + INFORMANT + "에게서 들었습니다.", ""));
		PublicationText chinese = pass.publicText(CASE, letter("zh", "难民A被关押在延吉。\n\n我们从" + INFORMANT + "得知。", ""));

		assertThat(korean.body()).isEqualTo("난민 A는 연길에 구금되어 있습니다.\n\n[편집 점검으로 삭제됨: 이 단락에 1번 출처의 이름이(가) 있었습니다. 공개 표지만으로 다시 쓰십시오.]");
		assertThat(chinese.body()).isEqualTo("难民A被关押在延吉。\n\n[已被编辑检查删除：此段含有第1个消息来源的姓名。请只用公开标签重写。]");
	}

	@Test
	void theSummaryIsTheFirstParagraphKeptOrRedactedAndCutAtAWordBeforeThreeHundredCharacters() {
		String longParagraph = "Refugee A has been held without charge in Yanji since January, ".repeat(6).strip();
		PublicationText kept = pass.publicText(CASE, letter("en", longParagraph + "\n\nRefugee A must not be returned.", ""));
		PublicationText redacted = pass.publicText(CASE, letter("en", NAME + " is held in Yanji.\n\nRefugee A must not be returned.", ""));
		PublicationText shortOne = pass.publicText(CASE, letter("en", "Refugee A is held in Yanji.\n\nRefugee A must not be returned.", ""));

		assertThat(kept.summary()).endsWith(" …").hasSizeLessThanOrEqualTo(302);
		assertThat(longParagraph).startsWith(kept.summary().substring(0, kept.summary().length() - 2));
		assertThat(longParagraph.charAt(kept.summary().length() - 2)).isEqualTo(' ');
		assertThat(redacted.summary()).startsWith("[Removed by the redaction pass").doesNotContain("Zqredacted");
		assertThat(shortOne.summary()).isEqualTo("Refugee A is held in Yanji.");
	}

	@Test
	void theCasesRegionCountryThemesAndTheLettersLanguageAreKeptAsTheTags() {
		PublicationText text = pass.publicText(CASE, new RedactionPass.Letter("ko", "난민을 돌려보내지 마십시오", "", "난민 A는 연길에 있습니다.",
				"030", "cn", List.of("Refoulement", " detention ")));

		assertThat(text.language()).isEqualTo("ko");
		assertThat(text.region()).isEqualTo("030");
		assertThat(text.countryCode()).isEqualTo("CN");
		assertThat(text.themes()).containsExactly("Refoulement", "detention");
	}

	@Test
	void aValueProtectedInAnotherCaseIsNoReasonToLeaveAParagraphOut() {
		PublicationText text = pass.publicText(UUID.randomUUID(), letter("en", NAME + " is held in Yanji.", ""));

		assertThat(text.body()).isEqualTo(NAME + " is held in Yanji.");
	}

	private static RedactionPass.Letter letter(String language, String body, String asks) {
		return new RedactionPass.Letter(language, "Do not return Refugee A and Refugee B", asks, body, "030", "CN", List.of("Refoulement"));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/publishing");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
