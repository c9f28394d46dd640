package org.vigil.appeals.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.letters.LetterDocument.Section;
import org.vigil.letters.LetterDocument.SectionKind;

import static org.assertj.core.api.Assertions.assertThat;

/** How the approved body becomes the letter's parts, each of which the template heads in the letter's language. */
class LetterSectionsTests {

	@Test
	void aLineLikeFactsStartsThePartOfThatKindAndTheAsksComeBeforeTheClosing() {
		List<Section> sections = ApprovedLetters.sections("""
				We urge you not to return them.

				[facts]
				They are held in Yanji.

				They are to be moved to Helong.
				[closing]
				Thank you.""", List.of("Do not return them.", "Disclose where they are."));
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.REQUEST, SectionKind.FACTS, SectionKind.ASKS,
				SectionKind.CLOSING);
		assertThat(sections.get(1).paragraphs()).containsExactly("They are held in Yanji.", "They are to be moved to Helong.");
		assertThat(sections.get(2).items()).containsExactly("Do not return them.", "Disclose where they are.");
	}

	@Test
	void aHandWrittenBodyWithoutMarkersIsTheRequestFollowedByTheAsks() {
		List<Section> sections = ApprovedLetters.sections("Your Excellency, we appeal to you.", List.of("That they not be returned"));
		assertThat(sections).extracting(Section::kind).containsExactly(SectionKind.REQUEST, SectionKind.ASKS);
	}

	@Test
	void bracketedTextThatNamesNoPartStaysInTheText() {
		List<Section> sections = ApprovedLetters.sections("[sic]\nThey were seen.\n[asks]", List.of());
		assertThat(sections).hasSize(1);
		assertThat(sections.get(0).paragraphs()).containsExactly("[sic] They were seen. [asks]");
	}

}
