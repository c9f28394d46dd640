package org.vigil.publishing.internal.prepare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a letter into the first public text: paragraphs only (the letter's section markers such as
 * {@code [facts]} go), no paragraph that cites evidence, and every paragraph that holds a protected
 * value of the case — a name rather than the public label, an informant, a place of hiding — replaced
 * by a note saying which field it held, for the reviewer to rewrite in public terms. The pass never
 * rewrites a value itself: the values stay in the modules that keep them.
 */
@Component
class RedactionPass {

	/**
	 * A section marker of a drafted letter ({@code [facts]}, {@code [legalArgument]}), alone on its line. Only the line's
	 * text goes, not the blank line before it: the paragraphs on either side of a marker stay paragraphs of their own.
	 */
	private static final Pattern SECTION_MARKER = Pattern.compile("(?m)^[ \\t]*\\[[a-z][A-Za-z-]*\\][ \\t]*$");

	/** A paragraph that cites the case's evidence: the files attached to the case are never public. */
	private static final Pattern EVIDENCE = Pattern.compile("(?iu)\\b(evidence|exhibit|annex|attached file|enclosed file)s?\\b|증거|证据");

	private static final int SUMMARY_LENGTH = 300;

	private final ProtectedValueCheck check;

	private final MessageSource messages;

	RedactionPass(ProtectedValueCheck check, MessageSource messages) {
		this.check = check;
		this.messages = messages;
	}

	/** The public text of a letter, in its language, tagged with the case's region, country and themes. */
	PublicationText publicText(UUID caseId, Letter letter) {
		Locale locale = Locale.forLanguageTag(letter.language());
		List<String> paragraphs = new ArrayList<>();
		String text = SECTION_MARKER.matcher(letter.body() == null ? "" : letter.body()).replaceAll("");
		if (letter.asks() != null && !letter.asks().isBlank()) {
			text = text + "\n\n" + letter.asks();
		}
		for (String paragraph : text.split("\\n\\s*\\n")) {
			String p = paragraph.strip();
			if (p.isEmpty() || EVIDENCE.matcher(p).find()) {
				continue;
			}
			paragraphs.add(redacted(caseId, p, locale));
		}
		String title = redacted(caseId, letter.subject() == null ? "" : letter.subject(), locale);
		String summary = paragraphs.isEmpty() ? "" : paragraphs.get(0);
		if (summary.length() > SUMMARY_LENGTH) {
			summary = summary.substring(0, summary.lastIndexOf(' ', SUMMARY_LENGTH) > 0 ? summary.lastIndexOf(' ', SUMMARY_LENGTH)
					: SUMMARY_LENGTH) + " …";
		}
		return new PublicationText(title, summary, String.join("\n\n", paragraphs), letter.language(), letter.region(),
				letter.countryCode(), letter.themes());
	}

	private String redacted(UUID caseId, String paragraph, Locale locale) {
		List<ProtectedValueCheck.Finding> found = check.findings(caseId, new PublicationText("", "", paragraph, "en", null, null, null));
		if (found.isEmpty()) {
			return paragraph;
		}
		String fields = String.join("; ", found.stream().map(f -> f.describe(messages, locale)).distinct().toList());
		return messages.getMessage("publishing.redacted", new Object[] { fields }, locale);
	}

	/** What a publication is prepared from: a letter's words and the case's tags. */
	record Letter(String language, String subject, String asks, String body, String region, String countryCode, List<String> themes) {
	}

}
