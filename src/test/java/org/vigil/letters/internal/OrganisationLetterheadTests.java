package org.vigil.letters.internal;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.vigil.letters.LetterDocument;
import org.vigil.letters.LetterDocument.Letterhead;
import org.vigil.letters.LetterKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation's description as the {@code vigil.organisation.*} settings give it, under its name at the
 * top of a letter: on the screen's preview and in the PDF's text, in Korean and Chinese as in English.
 */
class OrganisationLetterheadTests {

	private static final PdfLetterRenderer RENDERER = LetterFixtures.renderer();

	@Test
	void theConfiguredDescriptionIsUnderTheNameInThePreviewAndInThePdf() {
		Letterhead letterhead = configured("An independent organisation defending North Korean refugees");
		LetterDocument letter = SampleLetter.of(LetterKind.URGENT_APPEAL, "en", letterhead);

		assertThat(Jsoup.parse(RENDERER.html(letter)).select(".letterhead .description").text())
			.isEqualTo("An independent organisation defending North Korean refugees");
		assertThat(pageOne(letter)).contains(LetterFixtures.squeezed("Helping Hands Seoul An independent organisation defending North Korean refugees"));
	}

	@Test
	void aDescriptionInKoreanOrChinesePrintsAsTextEvenOnAnEnglishLetter() {
		for (String language : List.of("en", "ko", "zh")) {
			for (String description : List.of("탈북 난민의 인권을 지키는 독립 단체", "保护朝鲜难民人权的独立组织")) {
				LetterDocument letter = SampleLetter.of(LetterKind.URGENT_APPEAL, language, configured(description));
				assertThat(Jsoup.parse(RENDERER.html(letter)).select(".letterhead .description").text()).isEqualTo(description);
				assertThat(pageOne(letter)).as(description + " on a letter in " + language).contains(LetterFixtures.squeezed(description));
			}
		}
	}

	@Test
	void noDescriptionConfiguredLeavesNoLineForIt() {
		LetterDocument letter = SampleLetter.of(LetterKind.URGENT_APPEAL, "en",
				new ConfiguredLetterheads(bind(Map.of("vigil.organisation.name", "Helping Hands Seoul"))).own());
		assertThat(Jsoup.parse(RENDERER.html(letter)).select(".letterhead .description")).isEmpty();
	}

	/** The letterhead Vigil makes from settings naming the organisation and describing it as given. */
	private static Letterhead configured(String description) {
		return new ConfiguredLetterheads(bind(Map.of("vigil.organisation.name", "Helping Hands Seoul", "vigil.organisation.description",
				description, "vigil.organisation.address", "1 Example Street,Seoul"))).own();
	}

	private static OrganisationProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("vigil.organisation", OrganisationProperties.class);
	}

	private static String pageOne(LetterDocument letter) {
		return LetterFixtures.squeezed(LetterFixtures.pages(RENDERER.pdf(letter)).get(0));
	}

}
