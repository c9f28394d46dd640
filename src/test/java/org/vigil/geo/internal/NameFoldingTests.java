package org.vigil.geo.internal;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameFoldingTests {

	private static String sound(String name) {
		return NameFolding.loosen(NameFolding.fold(name));
	}

	@Test
	void caseAccentsAndApostrophesDoNotChangeTheSpellingKey() {
		assertThat(NameFolding.fold("Hoeryŏng")).isEqualTo(NameFolding.fold("hoeryong"));
		assertThat(NameFolding.fold("Ji’an")).isEqualTo(NameFolding.fold("Jian"));
	}

	@Test
	void aTrailingGenericWordIsDroppedInEveryScript() {
		assertThat(NameFolding.fold("Helong City")).isEqualTo("helong");
		assertThat(NameFolding.fold("Hyesan-si")).isEqualTo("hyesan");
		assertThat(NameFolding.fold("和龙市")).isEqualTo("和龙");
		assertThat(NameFolding.fold("연길시")).isEqualTo("연길");
		assertThat(NameFolding.fold("吉林省")).isEqualTo("吉林");
	}

	@Test
	void aShortNameKeepsTheCharacterThatLooksLikeASuffix() {
		assertThat(NameFolding.fold("개성")).isEqualTo("개성");
		assertThat(NameFolding.fold("의주")).isEqualTo("의주");
	}

	@Test
	void traditionalCharactersMeetTheirSimplifiedForms() {
		assertThat(NameFolding.fold("瀋陽")).isEqualTo(NameFolding.fold("沈阳"));
		assertThat(NameFolding.fold("圖們")).isEqualTo(NameFolding.fold("图们"));
	}

	@Test
	void fullWidthLettersMeetPlainOnes() {
		assertThat(NameFolding.fold("Ｙａｎｊｉ")).isEqualTo("yanji");
	}

	@Test
	void wadeGilesAndPinyinOfOneNameHaveOneSoundKey() {
		assertThat(sound("Yen-chi")).isEqualTo(sound("Yanji"));
		assertThat(sound("Chi-an")).isEqualTo(sound("Ji'an"));
		assertThat(sound("Lin-chiang")).isEqualTo(sound("Linjiang"));
	}

	@Test
	void mccuneReischauerAndRevisedRomanizationOfOneNameHaveOneSoundKey() {
		assertThat(sound("Onsŏng")).isEqualTo(sound("Onseong"));
		assertThat(sound("P'yŏngyang")).isEqualTo(sound("Pyeongyang"));
		assertThat(sound("Kaesŏng")).isEqualTo(sound("Gaeseong"));
		assertThat(sound("Pusan")).isEqualTo(sound("Busan"));
	}

	@Test
	void aNameOfOneWordOfAsciiLettersFoldsAsEveryOtherName() {
		SplittableRandom random = new SplittableRandom(5);
		String letters = "aAbBgGhHnNsSyY09 -'é";
		for (int n = 0; n < 20_000; n++) {
			StringBuilder name = new StringBuilder(random.nextBoolean() ? "" : List.of("si", "City", "Do", "li", "Province").get(random.nextInt(5)));
			for (int k = random.nextInt(0, 9); k > 0; k--) {
				name.append(letters.charAt(random.nextInt(random.nextInt(4) == 0 ? letters.length() : 16)));
			}
			String text = name.toString();
			assertThat(NameFolding.fold(text)).as(text).isEqualTo(String.join("", NameFolding.dropGenericEnd(NameFolding.words(text))));
		}
	}

	@Test
	void differentNamesKeepDifferentSoundKeys() {
		assertThat(sound("Dandong")).isNotEqualTo(sound("Datong"));
		assertThat(sound("Hamgyŏng-bukto")).isNotEqualTo(sound("Hamgyŏng-namdo"));
	}

}
