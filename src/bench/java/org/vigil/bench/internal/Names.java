package org.vigil.bench.internal;

import java.util.SplittableRandom;

/**
 * Makes plausible personal names from small built-in syllable lists: Korean names in Hangul with
 * their common romanisations (Kim / Gim, Lee / Yi / Rhee), Chinese names in Hanzi with Hanyu Pinyin
 * and older Wade–Giles or Cantonese spellings, and Latin-script names with transliteration variants.
 * Every syllable is listed as {@code script|preferred|variant…}.
 */
final class Names {

	/** A generated name: the usual romanised form, the native-script form and spelling variants. */
	record Name(String name, String nativeScript, String variants, String nationality) {
	}

	private static final String[][] KOREAN_SURNAMES = split(
			"김|Kim|Gim", "이|Lee|Yi|Rhee", "박|Park|Pak|Bak", "최|Choi|Choe", "정|Jung|Jeong|Chung", "강|Kang|Gang",
			"조|Cho|Jo", "윤|Yoon|Yun", "장|Jang|Chang", "림|Rim|Lim|Im", "한|Han", "오|Oh|O", "리|Ri|Li");

	private static final String[][] KOREAN_SYLLABLES = split(
			"영|Young|Yeong|Yong", "철|Chul|Cheol|Chol", "민|Min", "준|Jun|Joon", "서|Seo|Suh", "희|Hee|Hui|Hi",
			"성|Sung|Seong|Song", "혜|Hye|Hae", "진|Jin|Chin", "수|Soo|Su", "현|Hyun|Hyeon", "은|Eun|Un", "광|Kwang|Gwang",
			"명|Myung|Myeong|Myong", "순|Soon|Sun", "옥|Ok", "금|Keum|Geum|Kum", "남|Nam", "혁|Hyuk|Hyeok|Hyok", "일|Il");

	private static final String[][] CHINESE_SURNAMES = split(
			"王|Wang|Wong", "李|Li|Lee", "张|Zhang|Chang|Cheung", "刘|Liu|Lau", "陈|Chen|Chan", "杨|Yang|Yeung",
			"赵|Zhao|Chao|Chiu", "黄|Huang|Wong", "周|Zhou|Chou|Chow", "吴|Wu|Ng", "金|Jin|Chin|Kam", "朴|Piao|P'iao");

	private static final String[][] CHINESE_SYLLABLES = split(
			"伟|Wei", "芳|Fang", "娜|Na", "敏|Min", "静|Jing|Ching", "丽|Li", "强|Qiang|Ch'iang|Keung", "磊|Lei",
			"军|Jun|Chün|Kwan", "洋|Yang", "勇|Yong|Yung", "艳|Yan|Yen", "杰|Jie|Chieh|Kit", "涛|Tao|T'ao", "明|Ming",
			"华|Hua|Wah", "春|Chun|Ch'un", "玉|Yu|Yü|Yuk", "秀|Xiu|Hsiu|Sau", "英|Ying");

	private static final String[][] LATIN_GIVEN = split(
			"Mohammed|Mohammed|Muhammad|Mohamed", "Ahmed|Ahmed|Ahmad", "Fatima|Fatima|Fatimah", "Aisha|Aisha|Ayesha",
			"Yusuf|Yusuf|Youssef|Yousef", "Mehmet|Mehmet|Mehmed", "Maria|Maria", "Jose|José|Jose", "Nour|Nour|Noor|Nur",
			"Abdullah|Abdullah|Abdallah", "Gulnara|Gulnara|Gulnora", "Rahim|Rahim|Raheem", "Omar|Omar|Umar", "Leila|Leila|Layla");

	private static final String[][] LATIN_FAMILY = split(
			"Hassan|Hassan|Hasan", "Hussein|Hussein|Husain|Hussain", "Ibrahim|Ibrahim|Ebrahim", "Tursun|Tursun|Tursunov",
			"Karimov|Karimov|Karimow", "Nguyen|Nguyen|Nguyễn", "Haidari|Haidari|Haydari", "Osman|Osman|Usman",
			"Rashidov|Rashidov|Rashidow", "Mahmoud|Mahmoud|Mahmud", "Garcia|García|Garcia", "Abdi|Abdi");

	private final SplittableRandom random;

	Names(SplittableRandom random) {
		this.random = random;
	}

	/** A name whose script and origin fit the country of feared return. */
	Name forCountry(String countryOfFearedReturn) {
		if ("KP".equals(countryOfFearedReturn) || "KR".equals(countryOfFearedReturn)) {
			return korean(countryOfFearedReturn);
		}
		if ("CN".equals(countryOfFearedReturn) || "TW".equals(countryOfFearedReturn) || "HK".equals(countryOfFearedReturn)) {
			return chinese(countryOfFearedReturn);
		}
		return latin(countryOfFearedReturn);
	}

	private Name korean(String nationality) {
		String[] family = pick(KOREAN_SURNAMES);
		String[] first = pick(KOREAN_SYLLABLES);
		String[] second = pick(KOREAN_SYLLABLES);
		String hangul = family[0] + first[0] + second[0];
		String usual = family[1] + " " + first[1] + "-" + second[1].toLowerCase(java.util.Locale.ROOT);
		String variant = variant(family) + " " + variant(first) + " " + variant(second);
		return new Name(usual, hangul, variant, nationality);
	}

	private Name chinese(String nationality) {
		String[] family = pick(CHINESE_SURNAMES);
		String[] first = pick(CHINESE_SYLLABLES);
		boolean twoSyllables = random.nextInt(3) > 0;
		String[] second = twoSyllables ? pick(CHINESE_SYLLABLES) : null;
		String hanzi = family[0] + first[0] + (second == null ? "" : second[0]);
		String pinyin = family[1] + " " + first[1] + (second == null ? "" : second[1].toLowerCase(java.util.Locale.ROOT));
		String variant = variant(family) + " " + variant(first) + (second == null ? "" : "-" + variant(second).toLowerCase(java.util.Locale.ROOT));
		return new Name(pinyin, hanzi, variant, nationality);
	}

	private Name latin(String nationality) {
		String[] given = pick(LATIN_GIVEN);
		String[] family = pick(LATIN_FAMILY);
		return new Name(given[1] + " " + family[1], null, variant(given) + " " + variant(family), nationality);
	}

	private String[] pick(String[][] list) {
		// Squaring skews the choice towards the head of each list, as common surnames are.
		double u = random.nextDouble();
		return list[(int) (u * u * list.length)];
	}

	private String variant(String[] syllable) {
		return syllable[1 + random.nextInt(syllable.length - 1)];
	}

	private static String[][] split(String... entries) {
		String[][] result = new String[entries.length][];
		for (int i = 0; i < entries.length; i++) {
			result[i] = entries[i].split("\\|");
		}
		return result;
	}

}
