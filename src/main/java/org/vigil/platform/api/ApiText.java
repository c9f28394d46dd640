package org.vigil.platform.api;

/**
 * Javadoc as the description's readers want it: springdoc hands over Javadoc rendered as HTML
 * ({@code <code>…</code>}, escaped entities); summaries become plain text and descriptions
 * CommonMark, with code in backticks.
 */
final class ApiText {

	private ApiText() {
	}

	/** Plain text for a summary: code without its marks, one line, no closing full stop. */
	static String plain(String html) {
		if (html == null) {
			return null;
		}
		String text = unescape(html.replaceAll("</?code>", "").replaceAll("<[^>]+>", "")).replaceAll("\\s+", " ").strip();
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

	/** CommonMark for a description: code in backticks, paragraphs kept. */
	static String markdown(String html) {
		if (html == null) {
			return null;
		}
		String text = html.replaceAll("<code>(.*?)</code>", "`$1`").replaceAll("(?i)\\s*<p>\\s*", "\n\n").replaceAll("(?i)</p>", "");
		return unescape(text.replaceAll("[ \\t]*\\n[ \\t]*(?!\\n)", "\n")).strip();
	}

	private static String unescape(String text) {
		return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
	}

}
