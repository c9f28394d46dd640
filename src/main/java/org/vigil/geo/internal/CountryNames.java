package org.vigil.geo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names of countries in English, Chinese and Korean (from the Java runtime's locale data) and
 * the short and older names people write for the countries Vigil's cases concern.
 */
final class CountryNames {

	private static final Map<String, List<String>> ALIASES = Map.ofEntries(
			Map.entry("KP", List.of("DPRK", "DPR Korea", "Democratic People's Republic of Korea", "N. Korea", "N Korea", "조선",
					"북조선", "조선민주주의인민공화국", "北朝鲜", "朝鮮", "朝鲜民主主义人民共和国")),
			Map.entry("KR", List.of("ROK", "Republic of Korea", "S. Korea", "한국", "대한민국", "남한", "남조선", "韩国", "韓國", "南韩")),
			Map.entry("CN", List.of("PRC", "People's Republic of China", "Mainland China", "中國", "中华人民共和国", "중화인민공화국")),
			Map.entry("RU", List.of("Russian Federation", "Россия", "俄国", "俄羅斯", "로씨야")),
			Map.entry("MM", List.of("Myanmar", "Burma", "미얀마", "버마", "缅甸", "緬甸")),
			Map.entry("LA", List.of("Lao PDR", "Lao", "寮国", "老撾")),
			Map.entry("VN", List.of("Viet Nam", "월남")),
			Map.entry("MN", List.of("Mongol Uls", "Монгол", "蒙古国", "몽고")),
			Map.entry("TH", List.of("Siam", "泰國", "타이")),
			Map.entry("KH", List.of("Kampuchea", "캄보쟈")),
			Map.entry("US", List.of("USA", "United States of America", "America", "미국", "美國")),
			Map.entry("GB", List.of("UK", "Britain", "Great Britain", "England", "영국")),
			Map.entry("XK", List.of("Kosovo", "Kosova", "코소보", "科索沃")));

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE,
			Locale.KOREAN, Locale.FRENCH, Locale.JAPANESE);

	private final Map<String, List<String>> namesByCode = new HashMap<>();

	private final Map<String, String> codeBySoundKey = new HashMap<>();

	CountryNames() {
		Set<String> codes = new TreeSet<>(List.of(Locale.getISOCountries()));
		codes.add("XK");
		for (String code : codes) {
			List<String> names = new ArrayList<>();
			Locale country = new Locale("", code);
			for (Locale language : LANGUAGES) {
				String name = country.getDisplayCountry(language);
				if (!name.isBlank() && !name.equals(code) && !names.contains(name)) {
					names.add(name);
				}
			}
			names.addAll(ALIASES.getOrDefault(code, List.of()));
			namesByCode.put(code, List.copyOf(names));
			for (String name : names) {
				codeBySoundKey.putIfAbsent(NameFolding.loosen(NameFolding.fold(name)), code);
			}
		}
	}

	/** The country a text names, when it names one exactly (in any spelling the keys merge). */
	Optional<String> codeOf(String text) {
		String key = NameFolding.loosen(NameFolding.fold(text));
		return Optional.ofNullable(codeBySoundKey.get(key));
	}

	/** The country's names, English first; empty for an unknown code. */
	List<String> namesOf(String code) {
		return namesByCode.getOrDefault(code, List.of());
	}

	/** The English name, or the code itself when there is none. */
	String englishName(String code) {
		List<String> names = namesOf(code);
		return names.isEmpty() ? code : names.get(0);
	}

	Set<String> codes() {
		return namesByCode.keySet();
	}

}
