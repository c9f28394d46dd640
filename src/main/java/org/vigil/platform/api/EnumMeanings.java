package org.vigil.platform.api;

import com.github.therapi.runtimejavadoc.CommentFormatter;
import com.github.therapi.runtimejavadoc.RuntimeJavadoc;
import org.springframework.util.StringUtils;

/**
 * The description of an enum's schema: what the enum is (its Javadoc), then each value with its
 * meaning where its constant has Javadoc.
 */
final class EnumMeanings {

	private static final CommentFormatter FORMAT = new CommentFormatter();

	private EnumMeanings() {
	}

	static String of(Class<?> type) {
		StringBuilder text = new StringBuilder(FORMAT.format(RuntimeJavadoc.getJavadoc(type).getComment()).strip());
		for (Object constant : type.getEnumConstants()) {
			String meaning = FORMAT.format(RuntimeJavadoc.getJavadoc((Enum<?>) constant).getComment());
			if (StringUtils.hasText(meaning)) {
				text.append("\n- `").append(((Enum<?>) constant).name()).append("`: ").append(meaning.strip().replaceAll("\\s+", " "));
			}
		}
		return text.isEmpty() ? null : text.toString().strip();
	}

}
