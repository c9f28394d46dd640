package org.vigil.publishing.internal.site;

import java.util.Arrays;
import java.util.List;

/** A plain text's paragraphs: the parts between blank lines, each stripped, none empty. */
final class Paragraphs {

	private Paragraphs() {
	}

	static List<String> of(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.replace("\r\n", "\n").split("\n[ \t]*\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

}
