package org.vigil.law.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.vigil.law.Instrument;
import org.vigil.law.InstrumentCode;

/**
 * Reads, from a UN Treaty Collection status page, the reservations and declarations that matter for
 * return and detention. The page gives them under a "Declarations and Reservations" heading, each
 * state's name in a paragraph of its own (or in bold at the start of its first paragraph) followed by
 * the depositary's text, until the next part ("Objections", "Notifications…", "Territorial
 * Application", the notes). A sentence matters when it names one of the instrument's key articles, the
 * article of its complaints procedure or the Refugee Convention's geographical limitation; it is kept
 * word for word, and the articles it names are the ones the reservation restricts. A declaration
 * recognising the complaints article (in the text, or dated in the page's table of notifications under
 * it) is an acceptance of individual complaints, not a restriction.
 */
final class UntcDeclarations {

	/** The longest text kept for one state: enough for the sentences that matter, not a treatise. */
	static final int MAX_TEXT = 1000;

	private static final Pattern HEADING = Pattern.compile("^declarations and reservations\\b.*", Pattern.CASE_INSENSITIVE);

	private static final Pattern NEXT_PART = Pattern.compile(
			"^(objections?|notifications?|territorial application|notes?|end ?notes?|declarations recogni[sz]ing|"
					+ "communications?|withdrawals? of|participant)\\b.*",
			Pattern.CASE_INSENSITIVE);

	/** "article 20", "articles 31 and 33", "art. 12, paragraph 2", "article IV". */
	private static final Pattern ARTICLES = Pattern.compile(
			"\\b(?:articles?|arts?\\.)\\s+((?:(?:[0-9]{1,3}|[IVX]{1,5})\\b(?:\\s*\\([0-9a-z]{1,3}\\))*(?:\\s*(?:,|and|or|&)\\s*)?)+)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NUMBER = Pattern.compile("\\b([0-9]{1,3}|[IVX]{1,5})\\b");

	private static final Pattern LIMITATION = Pattern.compile(
			"events occurring in europe|section b\\s*\\(?1\\)?\\s*\\(a\\)|alternative \\(a\\)", Pattern.CASE_INSENSITIVE);

	private static final Pattern RECOGNISES = Pattern.compile("\\brecogni[sz](e|es|ing)\\b.*\\bcompetence\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern DENIES = Pattern.compile("\\b(not|no longer)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern WITHDRAWN = Pattern.compile("\\bwithdr[ae]w", Pattern.CASE_INSENSITIVE);

	private static final Pattern NOTE_NUMBER = Pattern.compile("[0-9]{1,3}");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;])\\s+(?=[\"“(A-Z0-9])");

	private final StateNames names;

	UntcDeclarations(StateNames names) {
		this.names = names;
	}

	/**
	 * The reservations that matter, by state, for every participant the page gives declarations for;
	 * empty when the page has no "Declarations and Reservations" part, so that a page in another
	 * layout never reads as "no reservations anywhere".
	 */
	Optional<Map<String, StatusTable.Reservations>> read(Document marked, Instrument instrument) {
		Map<String, String> notes = notes(marked);
		Map<String, Set<String>> notesOf = notesOf(marked);
		Document page = marked.clone();
		page.select("sup").remove();
		Set<String> matter = articlesThatMatter(instrument);
		Map<String, StringBuilder> texts = texts(page);
		if (texts == null) {
			return Optional.empty();
		}
		Set<String> accepting = acceptances(page, instrument.complaintsArticle());
		Map<String, StatusTable.Reservations> found = new HashMap<>();
		Set<String> states = new LinkedHashSet<>(texts.keySet());
		states.addAll(accepting);
		for (String state : states) {
			String text = texts.containsKey(state) ? texts.get(state).toString() : "";
			List<String> kept = new ArrayList<>();
			Set<String> restricts = new LinkedHashSet<>();
			boolean accepts = accepting.contains(state);
			for (String sentence : SENTENCE_END.split(text)) {
				String s = sentence.strip();
				Set<String> named = articles(s);
				if (instrument.complaintsArticle() != null && named.contains(instrument.complaintsArticle())
						&& RECOGNISES.matcher(s).find() && !DENIES.matcher(s).find()) {
					accepts = true;
					continue;
				}
				boolean limitation = (instrument.code() == InstrumentCode.REFUGEE_1951 || instrument.code() == InstrumentCode.REFUGEE_1967)
						&& LIMITATION.matcher(s).find();
				named.retainAll(matter);
				if (limitation || !named.isEmpty()) {
					kept.add(s);
					restricts.addAll(named);
					if (limitation) {
						restricts.remove("1");
						restricts.add(ObligationsEngine.GEOGRAPHICAL_LIMITATION);
					}
				}
			}
			// A reservation later withdrawn stays in the depositary's text, with a note saying so: the articles the note names are free again.
			for (String number : notesOf.getOrDefault(state, Set.of())) {
				String note = notes.get(number);
				if (note != null && WITHDRAWN.matcher(note).find() && !kept.isEmpty()) {
					Set<String> freed = articles(note);
					if (restricts.removeAll(freed) || freed.isEmpty()) {
						kept.add("[Note " + number + ": " + note + "]");
					}
				}
			}
			found.put(state, new StatusTable.Reservations(kept.isEmpty() ? null : quote(kept), restricts, accepts));
		}
		return Optional.of(found);
	}

	/** The instrument's key articles by their number ({@code 12(2)} is article 12), and its complaints article. */
	private static Set<String> articlesThatMatter(Instrument instrument) {
		Set<String> matter = new LinkedHashSet<>();
		for (Instrument.Article article : instrument.articles()) {
			Matcher number = NUMBER.matcher(article.number());
			if (number.find()) {
				matter.add(number.group(1).toUpperCase(Locale.ROOT));
			}
		}
		if (instrument.complaintsArticle() != null) {
			matter.add(instrument.complaintsArticle());
		}
		return matter;
	}

	static Set<String> articles(String sentence) {
		Set<String> named = new LinkedHashSet<>();
		Matcher list = ARTICLES.matcher(sentence);
		while (list.find()) {
			Matcher number = NUMBER.matcher(list.group(1).replaceAll("\\([0-9a-z]{1,3}\\)", " "));
			while (number.find()) {
				named.add(number.group(1).toUpperCase(Locale.ROOT));
			}
		}
		return named;
	}

	private static String quote(List<String> sentences) {
		String text = "“" + String.join(" ", sentences) + "”";
		return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 2) + "…”";
	}

	/** Each state's text in the "Declarations and Reservations" part, in the order of the page; {@code null} without that part. */
	private Map<String, StringBuilder> texts(Document page) {
		Map<String, StringBuilder> texts = new LinkedHashMap<>();
		boolean inside = false;
		String state = null;
		for (Element block : page.getAllElements()) {
			if (!isLeafBlock(block)) {
				continue;
			}
			String text = block.text().strip();
			if (text.isEmpty()) {
				continue;
			}
			if (!inside) {
				inside = HEADING.matcher(text).matches() && text.length() < 200;
				continue;
			}
			if (NEXT_PART.matcher(text).matches() && text.length() < 200 && names.code(text).isEmpty()) {
				break;
			}
			Optional<String> named = names.code(text);
			if (named.isPresent()) {
				state = named.get();
				texts.putIfAbsent(state, new StringBuilder());
				continue;
			}
			Optional<String> leading = leadingName(block);
			if (leading.isPresent()) {
				state = leading.get();
				texts.putIfAbsent(state, new StringBuilder());
				text = textAfterLeadingName(block);
			}
			if (state != null && texts.get(state).length() < 20 * MAX_TEXT) {
				texts.get(state).append(texts.get(state).isEmpty() ? "" : " ").append(text);
			}
		}
		return inside ? texts : null;
	}

	/** A paragraph, division, cell or heading holding no other such block: where the page's text sits. */
	private static boolean isLeafBlock(Element element) {
		String tag = element.normalName();
		boolean block = switch (tag) {
			case "p", "div", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "blockquote" -> true;
			default -> false;
		};
		if (!block) {
			return false;
		}
		for (Element child : element.children()) {
			if (isLeafBlockTag(child) || !child.select("p, div, td, th, li, h1, h2, h3, h4, h5, h6, dt, dd, blockquote, table").isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private static boolean isLeafBlockTag(Element element) {
		return switch (element.normalName()) {
			case "p", "div", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "blockquote", "table" -> true;
			default -> false;
		};
	}

	/** "<b>China</b> Reservation: …": a state named in bold or underlined at the start of the paragraph. */
	private Optional<String> leadingName(Element block) {
		for (Node node : block.childNodes()) {
			if (node instanceof TextNode t && t.isBlank()) {
				continue;
			}
			if (node instanceof Element e && (e.normalName().equals("b") || e.normalName().equals("strong") || e.normalName().equals("u"))) {
				return names.code(e.text());
			}
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static String textAfterLeadingName(Element block) {
		StringBuilder rest = new StringBuilder();
		boolean skipped = false;
		for (Node node : block.childNodes()) {
			if (!skipped && node instanceof Element) {
				skipped = true;
				continue;
			}
			rest.append(node instanceof Element e ? e.text() : node instanceof TextNode t ? t.text() : "");
		}
		return rest.toString().strip();
	}

	/** The depositary's notes by number: the paragraphs that begin with their number as a footnote mark. */
	private static Map<String, String> notes(Document page) {
		Map<String, String> notes = new HashMap<>();
		for (Element block : page.getAllElements()) {
			if (!isLeafBlock(block)) {
				continue;
			}
			Element first = block.children().first();
			String text = block.text().strip();
			if (first != null && first.normalName().equals("sup") && text.startsWith(first.text().strip())
					&& NOTE_NUMBER.matcher(first.text().strip()).matches()) {
				Element copy = block.clone();
				copy.children().first().remove();
				String note = copy.text().strip();
				notes.putIfAbsent(first.text().strip(), note.length() > 400 ? note.substring(0, 400) + "…" : note);
			}
		}
		return notes;
	}

	/** The notes marked on each state's name ("Afghanistan<sup>1</sup>"), wherever the page names it alone in a cell or paragraph. */
	private Map<String, Set<String>> notesOf(Document page) {
		Map<String, Set<String>> marks = new HashMap<>();
		for (Element block : page.getAllElements()) {
			if (!isLeafBlock(block) || block.select("sup").isEmpty()) {
				continue;
			}
			Element copy = block.clone();
			Elements sups = copy.select("sup");
			List<String> numbers = new ArrayList<>();
			sups.forEach(sup -> NOTE_NUMBER.matcher(sup.text()).results().forEach(m -> numbers.add(m.group())));
			sups.remove();
			Optional<String> state = names.code(copy.text());
			if (state.isEmpty()) {
				state = leadingName(copy);
			}
			state.ifPresent(code -> marks.computeIfAbsent(code, c -> new LinkedHashSet<>()).addAll(numbers));
		}
		return marks;
	}

	/** The states the page's table of notifications under the complaints article dates (CAT art. 22: "…(art. 22)"). */
	private Set<String> acceptances(Document page, String complaintsArticle) {
		Set<String> accepting = new LinkedHashSet<>();
		if (complaintsArticle == null) {
			return accepting;
		}
		Pattern column = Pattern.compile("\\b(?:art\\.?|article)\\s*" + Pattern.quote(complaintsArticle) + "\\b", Pattern.CASE_INSENSITIVE);
		for (Element table : page.select("table")) {
			Element first = table.select("tr").first();
			if (first == null) {
				continue;
			}
			Elements header = first.select("td, th");
			if (header.isEmpty() || !header.first().text().strip().equalsIgnoreCase("Participant")) {
				continue;
			}
			int dated = -1;
			for (int i = 1; i < header.size(); i++) {
				if (column.matcher(header.get(i).text()).find()) {
					dated = i;
				}
			}
			if (dated < 0) {
				continue;
			}
			Elements lines = table.select("tr");
			for (int i = 1; i < lines.size(); i++) {
				Elements cells = lines.get(i).select("td, th");
				if (cells.size() > dated && !cells.get(dated).text().isBlank()) {
					names.code(cells.get(0).text()).ifPresent(accepting::add);
				}
			}
		}
		return accepting;
	}

}
