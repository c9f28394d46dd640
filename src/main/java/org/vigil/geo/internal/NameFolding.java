package org.vigil.geo.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a place name into the keys it is matched by, so that the ways people write one name meet.
 *
 * <p>{@link #fold} gives the <em>spelling key</em>: case, accents and punctuation go ("Hoeryŏng",
 * "Hoeryong" and "hoe-ryong" meet), full-width forms become plain, traditional Chinese characters
 * of place names become simplified (瀋陽 meets 沈阳), and a trailing generic word — city, county,
 * province, -si, -ŭp, 市, 县, 省, 시, 군, 도 — is dropped, since both "Helong City" and "和龙市" name
 * Helong. {@link #loosen} gives the <em>sound key</em>, which also merges the spellings that
 * romanisation systems use for one sound: Wade–Giles "Yen-chi" and Pinyin "Yanji", McCune–Reischauer
 * "Onsŏng" and Revised Romanization "Onseong", "P'yŏngyang" and "Pyeongyang". Both keys are applied
 * alike to the gazetteer's names and to what people write.
 */
final class NameFolding {

	/** Words that say what kind of place a name is rather than which: dropped at the end of a name. */
	static final Set<String> CITY_WORDS = Set.of("city", "shi", "si", "town", "township", "zhen", "county", "xian", "gun",
			"kun", "district", "qu", "gu", "ku", "village", "cun", "ri", "ni", "li", "dong", "tong", "up", "eup", "myon", "myeon",
			"rodongjagu", "nodongjagu", "lodongjagu", "ville", "gorod", "municipality", "shiqu", "chengqu");

	static final Set<String> REGION_WORDS = Set.of("province", "sheng", "do", "prefecture", "region", "oblast", "krai", "kray",
			"state", "autonomous", "zizhiqu", "zizhizhou", "aimag", "aymag", "governorate", "territory");

	/** Chinese and Korean suffixes with the same meaning, longest first. */
	static final List<String> CITY_SUFFIXES = List.of("特别市", "直辖市", "特別市", "직할시", "특별시", "광역시", "自治县", "市", "县",
			"縣", "镇", "鎮", "乡", "鄉", "村", "区", "區", "郡", "시", "군", "구", "읍", "면", "리");

	static final List<String> REGION_SUFFIXES = List.of("朝鲜族自治州", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
			"自治區", "特别行政区", "省", "道", "성", "도");

	/** Traditional characters found in place names of China and Korea, with their simplified forms. */
	private static final Map<Character, Character> SIMPLIFIED = simplified(
			"瀋沈陽阳遼辽寧宁龍龙東东門门圖图們们會会鄉乡縣县鎮镇區区長长興兴華华嶺岭黃黄灣湾臺台廣广雲云貴贵蘭兰慶庆齊齐爾尔"
					+ "濱滨橋桥豐丰莊庄陰阴漢汉義义滿满穩稳鏡镜開开寬宽遠远連连島岛關关蓋盖鐵铁撫抚順顺錦锦蘆芦營营綏绥衛卫邊边壽寿"
					+ "樂乐權权嚴严鴨鸭綠绿賓宾雙双鶴鹤崗岗饒饶渾浑溝沟琿珲畫画劉刘張张陳陈鄭郑楊杨黨党倉仓蓮莲鳳凤");

	private NameFolding() {
	}

	private static Map<Character, Character> simplified(String pairs) {
		java.util.HashMap<Character, Character> map = new java.util.HashMap<>();
		for (int i = 0; i + 1 < pairs.length(); i += 2) {
			if (pairs.charAt(i) != pairs.charAt(i + 1)) {
				map.put(pairs.charAt(i), pairs.charAt(i + 1));
			}
		}
		return Map.copyOf(map);
	}

	/** Whether the name holds a traditional character that has a simplified form (瀋陽, 和龍; not 沈阳 or 延吉). */
	static boolean hasTraditional(String name) {
		for (int i = 0; i < name.length(); i++) {
			if (SIMPLIFIED.containsKey(name.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** The spelling key of a name; empty when nothing of it is left. */
	static String fold(String name) {
		String plain = plainWord(name);
		return plain != null ? plain : String.join("", dropGenericEnd(words(name)));
	}

	/**
	 * The spelling key of a name of one word of ASCII letters and digits ("Helong", "yanji"): the name
	 * in lower case, as {@link #words} and {@link #dropGenericEnd} would make it (one word has no generic
	 * word to drop, and no CJK suffix); {@code null} for any other name.
	 */
	private static String plainWord(String name) {
		if (name.isEmpty()) {
			return null;
		}
		boolean lower = true;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				lower = false;
			}
			else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
				return null;
			}
		}
		return lower ? name : name.toLowerCase(Locale.ROOT);
	}

	/** The words of a name, folded but not joined: "Hoeryŏng-si" gives [hoeryong, si]. */
	static List<String> words(String name) {
		StringBuilder plain = new StringBuilder(name.length());
		if (isAscii(name)) {
			for (int i = 0; i < name.length(); i++) {
				char c = name.charAt(i);
				if (c != '\'' && c != '`') {
					plain.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
				}
			}
		}
		else {
			// Compatibility decomposition: full-width letters become plain, accents come apart from
			// their letters (and Hangul syllables into jamo, recomposed below).
			String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
			boolean jamo = false;
			for (int i = 0; i < decomposed.length(); i++) {
				char c = decomposed.charAt(i);
				int type = Character.getType(c);
				if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
					continue;
				}
				jamo |= c >= 0x1100 && c <= 0x11FF;
				switch (c) {
					case 'ß' -> plain.append("ss");
					case 'æ' -> plain.append("ae");
					case 'ø' -> plain.append('o');
					case 'đ', 'ð' -> plain.append('d');
					case 'ł' -> plain.append('l');
					case 'ı' -> plain.append('i');
					case 'œ' -> plain.append("oe");
					case 'þ' -> plain.append("th");
					// Apostrophes mark aspiration or syllable breaks, which people leave out.
					case '\'', '’', '‘', 'ʼ', 'ʻ', '`', '´', 'ʾ', 'ʿ' -> {
					}
					default -> plain.append(SIMPLIFIED.getOrDefault(c, c));
				}
			}
			if (jamo) {
				String recomposed = Normalizer.normalize(plain, Normalizer.Form.NFC);
				plain.setLength(0);
				plain.append(recomposed);
			}
		}
		List<String> words = new ArrayList<>(4);
		int start = -1;
		for (int i = 0; i <= plain.length(); i++) {
			boolean letter = i < plain.length() && Character.isLetterOrDigit(plain.charAt(i));
			if (letter && start < 0) {
				start = i;
			}
			else if (!letter && start >= 0) {
				words.add(plain.substring(start, i));
				start = -1;
			}
		}
		return words;
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/** The words without a trailing generic word (or CJK suffix), when something is left. */
	static List<String> dropGenericEnd(List<String> words) {
		if (words.isEmpty()) {
			return words;
		}
		List<String> kept = new ArrayList<>(words);
		String last = kept.get(kept.size() - 1);
		if (kept.size() > 1 && (CITY_WORDS.contains(last) || REGION_WORDS.contains(last))) {
			kept.remove(kept.size() - 1);
			// "Hamgyong-pukto" drops "pukto"; "Jilin Sheng" drops "sheng"; "autonomous region" both words.
			String before = kept.get(kept.size() - 1);
			if (kept.size() > 1 && REGION_WORDS.contains(before)) {
				kept.remove(kept.size() - 1);
			}
			return kept;
		}
		String stripped = stripSuffix(last);
		if (!stripped.equals(last)) {
			kept.set(kept.size() - 1, stripped);
		}
		return kept;
	}

	/** A CJK name without its generic suffix ("延吉市" → "延吉"), when at least two characters stay. */
	static String stripSuffix(String word) {
		if (word.isEmpty() || !isCjk(word.charAt(word.length() - 1))) {
			return word;
		}
		for (List<String> suffixes : List.of(REGION_SUFFIXES, CITY_SUFFIXES)) {
			for (String suffix : suffixes) {
				if (word.endsWith(suffix) && word.length() - suffix.length() >= 2) {
					return word.substring(0, word.length() - suffix.length());
				}
			}
		}
		return word;
	}

	/** Whether the name's trailing generic word or suffix says "province" (or another division). */
	static boolean endsWithRegionWord(String name) {
		return endsWith(name, REGION_WORDS, REGION_SUFFIXES);
	}

	/** Whether the name's trailing generic word or suffix says "city" (or county, town). */
	static boolean endsWithCityWord(String name) {
		return endsWith(name, CITY_WORDS, CITY_SUFFIXES);
	}

	private static boolean endsWith(String name, Set<String> genericWords, List<String> suffixes) {
		List<String> words = words(name);
		if (words.isEmpty()) {
			return false;
		}
		String last = words.get(words.size() - 1);
		if (words.size() > 1 && genericWords.contains(last)) {
			return true;
		}
		return suffixes.stream().anyMatch(s -> last.endsWith(s) && last.length() > s.length());
	}

	static boolean isCjk(char c) {
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
				|| script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
	}

	/**
	 * The sound key of a spelling key: Latin letters are mapped so that the romanisations of one
	 * sound meet; other scripts pass unchanged. The mapping is lossy on purpose — two keys that meet
	 * here are then compared by their spelling and ranked by the scorer.
	 */
	static String loosen(String key) {
		StringBuilder out = new StringBuilder(key.length());
		int n = key.length();
		for (int i = 0; i < n; i++) {
			char c = key.charAt(i);
			char next = i + 1 < n ? key.charAt(i + 1) : 0;
			char after = i + 2 < n ? key.charAt(i + 2) : 0;
			switch (c) {
				case 'z' -> {
					if (next == 'h') { // Pinyin zh = Wade–Giles ch
						out.append('j');
						i++;
					}
					else {
						out.append('z');
					}
				}
				case 'c' -> {
					if (next == 'h') {
						out.append('j');
						i++;
					}
					else {
						out.append('z'); // Pinyin c = Wade–Giles ts'
					}
				}
				case 't' -> {
					if (next == 's' || next == 'z') {
						out.append('z');
						i++;
					}
					else if (next == 'h') {
						out.append('t');
						i++;
					}
					else {
						out.append('t');
					}
				}
				case 'q' -> out.append('j'); // Pinyin q = Wade–Giles ch'
				case 'x' -> out.append('s'); // Pinyin x = Wade–Giles hs
				case 's' -> {
					out.append('s');
					if (next == 'h') {
						i++;
					}
				}
				case 'h' -> {
					if (next == 's') { // Wade–Giles hs
						out.append('s');
						i++;
					}
					else {
						out.append('h');
					}
				}
				case 'k' -> {
					out.append('k');
					if (next == 'h') {
						i++;
					}
				}
				case 'g' -> out.append('k');
				case 'b' -> out.append('p');
				case 'p' -> {
					out.append('p');
					if (next == 'h') {
						i++;
					}
				}
				case 'd' -> out.append('t');
				case 'r' -> out.append('l');
				case 'e' -> {
					if (next == 'o' || next == 'u') { // Revised Romanization eo, eu = McCune–Reischauer ŏ, ŭ
						out.append(next);
						i++;
					}
					else {
						out.append('e');
					}
				}
				case 'i', 'y' -> {
					if (next == 'e' && after == 'n') { // Wade–Giles ien, yen = Pinyin ian, yan
						out.append(c).append('a');
						i++;
					}
					else {
						out.append(c);
					}
				}
				case 'u' -> {
					if (next == 'n' && after == 'g') { // Wade–Giles ung = Pinyin ong
						out.append('o');
					}
					else {
						out.append('u');
					}
				}
				default -> out.append(c);
			}
		}
		return collapseDoubles(out);
	}

	private static String collapseDoubles(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (out.isEmpty() || out.charAt(out.length() - 1) != c || !Character.isLetter(c) || c > 'z') {
				out.append(c);
			}
		}
		return out.toString();
	}

}
