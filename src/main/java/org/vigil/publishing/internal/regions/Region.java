package org.vigil.publishing.internal.regions;

import java.util.Locale;

/**
 * An area of UN M49 that publications are filed under: a region (Asia), a sub-region (Eastern Asia)
 * or an intermediate region (South America), with its English name as the UN writes it and its
 * Korean and Chinese names.
 *
 * @param code the three-digit M49 code, {@code 030}
 * @param parent the code of the area that holds it, or {@code null} for a region
 * @param key the area in the public site's addresses, {@code eastern-asia}
 * @param depth 0 for a region, 1 for a sub-region, 2 for an intermediate region
 */
public record Region(String code, String parent, String key, int depth, String nameEn, String nameKo, String nameZh) {

	/** The name in the language of the locale: Korean, Chinese, or else English. */
	public String name(Locale locale) {
		return switch (locale.getLanguage()) {
			case "ko" -> nameKo;
			case "zh" -> nameZh;
			default -> nameEn;
		};
	}

}
