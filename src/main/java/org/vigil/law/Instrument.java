package org.vigil.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A treaty a letter may cite, with the articles that matter for detention, return and protection.
 *
 * @param code its stable code
 * @param officialName the name the depositary uses
 * @param shortName the name a letter uses after the first mention
 * @param adopted when it was adopted or opened for signature
 * @param depositary the UN Treaty Collection reference, chapter and number, e.g. {@code IV-9}
 * @param complaintsArticle the article by which a party accepts individual complaints, or {@code null}
 * @param articles the key articles, each paraphrased in Vigil's own words
 */
public record Instrument(InstrumentCode code, String officialName, String shortName, LocalDate adopted, String depositary,
		String complaintsArticle, List<Article> articles) {

	public Instrument {
		articles = List.copyOf(articles);
	}

	/** One article and what it says, in a line. */
	public record Article(String number, String title, String paraphrase) {
	}

	public Optional<Article> article(String number) {
		return articles.stream().filter(a -> a.number().equals(number)).findFirst();
	}

}
