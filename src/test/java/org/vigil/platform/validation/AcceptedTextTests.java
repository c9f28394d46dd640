package org.vigil.platform.validation;

import org.junit.jupiter.api.Test;
import org.vigil.platform.Refusal;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptedTextTests {

	@Test
	void aNulCharacterIsRefusedNamingTheFieldTheCharacterAndWhereItIs() {
		Refusal refusal = AcceptedText.check("title", "ab\u0000c").orElseThrow();
		assertThat(refusal.rule()).isEqualTo(TextRule.CONTROL_CHARACTER);
		assertThat(refusal.field()).isEqualTo("title");
		assertThat(refusal.arguments()).containsExactly("title", "U+0000", 3);
	}

	@Test
	void tabsAndLineBreaksAreText() {
		assertThat(AcceptedText.check("summary", "Held in Yanji.\n\tMoved?\r\nSoon.")).isEmpty();
	}

	@Test
	void everyOtherControlCharacterIsRefusedEvenTheC1Ones() {
		for (char c : new char[] { '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f' }) {
			assertThat(AcceptedText.check("region", "a" + c).map(Refusal::rule)).as("U+%04X", (int) c).contains(TextRule.CONTROL_CHARACTER);
		}
	}

	@Test
	void halfOfASurrogatePairIsRefusedAndAWholePairIsText() {
		assertThat(AcceptedText.check("password", "\ud800").map(Refusal::rule)).contains(TextRule.LONE_SURROGATE);
		assertThat(AcceptedText.check("password", "x\udc00").map(Refusal::rule)).contains(TextRule.LONE_SURROGATE);
		assertThat(AcceptedText.check("password", "\ud800x").map(Refusal::rule)).contains(TextRule.LONE_SURROGATE);
		assertThat(AcceptedText.check("name", "𠀀 (a CJK extension B character) 🙂")).isEmpty();
	}

	@Test
	void aCharacterBeyondTheBasicPlaneCountsAsOneWhenSayingWhere() {
		assertThat(AcceptedText.check("name", "🙂\u0000").orElseThrow().arguments()).containsExactly("name", "U+0000", 2);
	}

	@Test
	void directionControlsAreRefusedInNamesOnly() {
		String spoof = "photo\u202Egpj.exe";
		assertThat(AcceptedText.check("description", spoof)).isEmpty();
		Refusal refusal = AcceptedText.checkName("file", spoof).orElseThrow();
		assertThat(refusal.rule()).isEqualTo(TextRule.BIDI_CONTROL);
		assertThat(refusal.arguments()).containsExactly("file", "U+202E", 6);
		for (char c : new char[] { '\u061C', '\u200E', '\u200F', '\u202A', '\u202D', '\u2066', '\u2069' }) {
			assertThat(AcceptedText.checkName("file", "a" + c + ".pdf")).as("U+%04X", (int) c).isPresent();
		}
		assertThat(AcceptedText.checkName("file", "شهادة.pdf")).isEmpty();
	}

	@Test
	void acceptedTextIsNormalisedToPlainLineBreaksAndComposedCharacters() {
		assertThat(AcceptedText.normalise("one\r\ntwo\rthree\n")).isEqualTo("one\ntwo\nthree\n");
		assertThat(AcceptedText.normalise("Jose\u0301")).isEqualTo("Jos\u00e9");
		assertThat(AcceptedText.normalise("\u1112\u1161\u11ab")).isEqualTo("한");
		assertThat(AcceptedText.normalise(null)).isNull();
	}

}
