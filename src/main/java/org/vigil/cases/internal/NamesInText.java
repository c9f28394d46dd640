package org.vigil.cases.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.vigil.cases.ProtectedNames;
import org.vigil.vault.BlindIndex;

/**
 * Looks for the case's protected names in a text by computing the blind-index tokens of every run
 * of one to {@value #MAX_WORDS} words (and, in Chinese, Japanese or Korean script without spaces,
 * of every two to four characters) and comparing them with the tokens the case's persons have.
 */
@Component
class NamesInText implements ProtectedNames {

	static final int MAX_WORDS = 4;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’-]+");

	private static final Pattern CJK_RUN = Pattern.compile("[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}]{2,}");

	private final BlindIndex index;

	private final NameTokens tokens;

	NamesInText(BlindIndex index, NameTokens tokens) {
		this.index = index;
		this.tokens = tokens;
	}

	@Override
	public int personsNamedIn(UUID caseId, String text) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		java.util.Map<String, UUID> protectedTokens = tokens.ofCase(caseId);
		if (protectedTokens.isEmpty()) {
			return 0;
		}
		Set<UUID> named = new HashSet<>();
		for (String candidate : candidates(text)) {
			for (String token : index.of(candidate)) {
				UUID person = protectedTokens.get(token);
				if (person != null) {
					named.add(person);
				}
			}
		}
		return named.size();
	}

	/** Every run of up to {@value #MAX_WORDS} words, and every two to four characters of a CJK run. */
	static Set<String> candidates(String text) {
		List<String> words = new ArrayList<>();
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			words.add(word.group());
		}
		Set<String> candidates = new HashSet<>();
		for (int start = 0; start < words.size(); start++) {
			StringBuilder run = new StringBuilder();
			for (int length = 0; length < MAX_WORDS && start + length < words.size(); length++) {
				run.append(length == 0 ? "" : " ").append(words.get(start + length));
				candidates.add(run.toString());
			}
		}
		Matcher cjk = CJK_RUN.matcher(text);
		while (cjk.find()) {
			String run = cjk.group();
			for (int start = 0; start < run.length(); start++) {
				for (int end = start + 2; end <= Math.min(run.length(), start + 4); end++) {
					candidates.add(run.substring(start, end));
				}
			}
		}
		return candidates;
	}

}
