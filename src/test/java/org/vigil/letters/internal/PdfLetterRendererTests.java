package org.vigil.letters.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.vigil.letters.AddressLabel;
import org.vigil.letters.CoverLetter;
import org.vigil.letters.FaxCover;
import org.vigil.letters.LetterDocument;
import org.vigil.letters.LetterDocument.Section;
import org.vigil.letters.LetterDocument.SectionKind;
import org.vigil.letters.LetterKind;
import org.vigil.letters.PrintPart;

class PdfLetterRendererTests {

	private static final PdfLetterRenderer RENDERER = LetterFixtures.renderer();

	private static final LetterDocument SAMPLE = SampleLetter.of(LetterKind.URGENT_APPEAL, "en", LetterFixtures.LETTERHEAD);

	@Test
	void everyPageOfALongLetterCarriesItsReference() {
		List<String> pages = LetterFixtures.pages(RENDERER.pdf(longLetter(60)));

		assertThat(pages).hasSizeGreaterThan(2);
		assertThat(pages).allSatisfy(page -> assertThat(page).contains("CN 1/2026 – UA 1"));
	}

	@Test
	void aLongLetterIsNumberedOutOfItsRealPageCountAndEndsWithItsSignatories() {
		byte[] pdf = RENDERER.pdf(longLetter(60));
		List<String> pages = LetterFixtures.pages(pdf);
		int count = RENDERER.pageCount(pdf);

		assertThat(count).isEqualTo(pages.size()).isGreaterThan(2);
		for (int page = 1; page <= count; page++) {
			assertThat(pages.get(page - 1)).contains(page + " / " + count);
		}
		assertThat(pages.get(0)).contains("Paragraph 1 of the facts");
		assertThat(String.join("", pages.subList(1, count))).contains("Paragraph 60 of the facts");
		assertThat(pages.get(count - 1)).contains("John Roe");
	}

	@Test
	void moreParagraphsMakeMorePages() {
		assertThat(RENDERER.pageCount(RENDERER.pdf(longLetter(80))))
			.isGreaterThan(RENDERER.pageCount(RENDERER.pdf(longLetter(20))));
	}

	@Test
	void aKoreanLetterPrintsItsHangulAsText() {
		assertThat(sampleText("ko")).contains("옌지인근에구금된탈북난민5명을북한으로송환하지말것을촉구합니다.")
			.contains("2026년3월14일");
	}

	@Test
	void fontsNoLetterUsedForAWhileAreGivenBackAndTheNextLetterParsesThemAgain() {
		PdfLetterRenderer renderer = LetterFixtures.renderer();
		renderer.pdf(SAMPLE);
		assertThat(renderer.fontSetsKept()).isEqualTo(1);

		assertThat(renderer.forgetIdleFonts(Duration.ofMinutes(5))).as("used a moment ago: kept").isZero();
		assertThat(renderer.forgetIdleFonts(Duration.ZERO)).isEqualTo(1);
		assertThat(renderer.fontSetsKept()).isZero();

		LetterDocument korean = SampleLetter.of(LetterKind.URGENT_APPEAL, "ko", LetterFixtures.LETTERHEAD);
		assertThat(LetterFixtures.squeezed(String.join("", LetterFixtures.pages(renderer.pdf(korean))))).contains("2026년3월14일");
		assertThat(renderer.fontSetsKept()).isEqualTo(1);
	}

	@Test
	void aChineseLetterPrintsItsHanziAsText() {
		assertThat(sampleText("zh")).contains("我们敦促您确保在吉林省延吉附近被拘留的五名朝鲜难民不被遣返朝鲜。")
			.contains("2026年3月14日");
	}

	@Test
	void aLetterMixingScriptsEmbedsEveryFontItUses() throws IOException {
		LetterDocument mixed = new LetterDocument(LetterKind.URGENT_APPEAL, "en", LetterFixtures.LETTERHEAD, List.of(),
				SAMPLE.date(), "CN 1/2026", List.of("Yanji 延吉 연길"), List.of(), "", "Ünïcode – 延吉 연길",
				List.of(Section.of(SectionKind.REQUEST, "Held in Yanji (延吉, 연길), Jilin.")), List.of());

		try (PDDocument document = Loader.loadPDF(RENDERER.pdf(mixed))) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			assertThat(fonts).hasSizeGreaterThanOrEqualTo(3).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
		}
	}

	@Test
	void thePreviewAndThePdfSayTheSameThings() {
		String preview = Jsoup.parse(RENDERER.html(SAMPLE)).body().text();
		String pdf = LetterFixtures.squeezed(String.join("", LetterFixtures.pages(RENDERER.pdf(SAMPLE))));

		List<String> expected = new ArrayList<>(List.of(SAMPLE.subject(), SAMPLE.salutation(), "14 March 2026"));
		SAMPLE.sections().forEach(section -> {
			expected.addAll(section.paragraphs());
			expected.addAll(section.items());
			expected.addAll(section.citations());
		});
		expected.addAll(SAMPLE.addressee());
		expected.addAll(SAMPLE.copies());
		SAMPLE.signatories().forEach(signatory -> expected.add(signatory.title()));
		assertThat(expected).allSatisfy(text -> {
			assertThat(preview).contains(text);
			assertThat(pdf).contains(LetterFixtures.squeezed(text));
		});
	}

	@Test
	void thePreviewLinksTheStylesheetThePdfIsMadeWith() {
		assertThat(Jsoup.parse(RENDERER.html(SAMPLE)).select("link[rel=stylesheet]").attr("href")).isEqualTo("/css/letter.css");
	}

	@Test
	void aTemplateCannotPutAnythingActiveBeforeTheReader() {
		String active = """
				<html><head><script src="/webjars/htmx.org/dist/htmx.min.js"></script><base href="https://example.org/"/></head>
				<body><p onclick="steal()" hx-post="/admin/users" th:text="${letter.subject}">x</p>
				<a href="javascript:steal()">link</a><form action="/logout"><button>go</button></form></body></html>
				""";

		String html = RENDERER.html(active, SAMPLE);

		assertThat(html).contains(SAMPLE.subject()).doesNotContain("<script", "<base", "onclick", "hx-post", "javascript:", "<form");
	}

	@Test
	void aFaxCoverSheetIsOnePageWithItsLabelsInTheCoversLanguage() {
		FaxCover cover = new FaxCover("zh", "习近平主席阁下", "+86 10 6309 5000", LetterFixtures.LETTERHEAD, 4, "CN 1/2026 – UA 1",
				SAMPLE.date());

		List<String> pages = LetterFixtures.pages(RENDERER.faxCover(cover));

		assertThat(pages).hasSize(1);
		assertThat(LetterFixtures.squeezed(pages.get(0))).contains("传真号码+861063095000").contains("页数（含本页）4")
			.contains("习近平主席阁下").contains("CN1/2026–UA1");
	}

	@Test
	void aCoverLetterIsOnePageFromTheOrganisationToTheAddresseeInTheLettersLanguage() {
		CoverLetter cover = new CoverLetter("ko", LetterFixtures.LETTERHEAD, List.of("중화인민공화국 국가주석", "中共中央办公厅", "北京市西城区中南海"),
				"CN 1/2026 A-1B2C3D4E", 3, SAMPLE.date());

		List<String> pages = LetterFixtures.pages(RENDERER.coverLetter(cover));

		assertThat(pages).hasSize(1);
		assertThat(LetterFixtures.squeezed(pages.get(0))).contains("VigilHumanRightsWatch").contains("北京市西城区中南海")
			.contains("당사서한CN1/2026A-1B2C3D4E을(를)동봉하여").contains("동봉:당사서한(3쪽)").doesNotContain("Pleasefindenclosed");
	}

	@Test
	void aChineseCoverLetterSaysWhatItEnclosesInChinese() {
		CoverLetter cover = new CoverLetter("zh", LetterFixtures.LETTERHEAD, List.of("中共中央办公厅"), "CN 1/2026 A-1B2C3D4E", 2,
				SAMPLE.date());

		assertThat(LetterFixtures.squeezed(LetterFixtures.pages(RENDERER.coverLetter(cover)).get(0))).contains("随函附上我方信函CN1/2026A-1B2C3D4E")
			.contains("附件：我方信函（共2页）");
	}

	@Test
	void anAddressLabelIsALabelSizedPageWithTheAddress() throws IOException {
		byte[] pdf = RENDERER.addressLabel(new AddressLabel(List.of("中共中央办公厅", "北京市西城区中南海", "100017 中国")));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(document.getPage(0).getMediaBox().getWidth() / 72 * 25.4).isCloseTo(99.1, org.assertj.core.data.Offset.offset(0.5));
		}
		assertThat(LetterFixtures.squeezed(LetterFixtures.pages(pdf).get(0))).contains("北京市西城区中南海");
	}

	@Test
	void aPrintBatchHoldsEveryDocumentInOrder() {
		FaxCover cover = new FaxCover("en", "President Xi Jinping", "+86 10 6309 5000", LetterFixtures.LETTERHEAD, 3, "CN 1/2026 – UA 1",
				SAMPLE.date());
		int letterPages = RENDERER.pageCount(RENDERER.pdf(SAMPLE));

		CoverLetter covering = new CoverLetter("en", LetterFixtures.LETTERHEAD, List.of("Zhongnanhai"), "CN 1/2026 – UA 1", letterPages,
				SAMPLE.date());

		List<String> pages = LetterFixtures.pages(RENDERER.printBatch(List.of(new PrintPart.Cover(cover), new PrintPart.Covering(covering),
				new PrintPart.Letter(SAMPLE), new PrintPart.Label(new AddressLabel(List.of("Zhongnanhai", "Beijing 100017"))))));

		assertThat(pages).hasSize(1 + 1 + letterPages + 1);
		assertThat(pages.get(0)).contains("FAX");
		assertThat(pages.get(1)).contains("Please find enclosed our letter");
		assertThat(pages.get(2)).contains("Dear President Xi,");
		assertThat(pages.get(pages.size() - 1)).contains("Zhongnanhai");
	}

	/** The text of the sample urgent appeal's PDF in that language, without white space. */
	private static String sampleText(String language) {
		LetterDocument sample = SampleLetter.of(LetterKind.URGENT_APPEAL, language, LetterFixtures.LETTERHEAD);
		return LetterFixtures.squeezed(String.join("", LetterFixtures.pages(RENDERER.pdf(sample))));
	}

	private static LetterDocument longLetter(int paragraphs) {
		List<String> facts = new ArrayList<>();
		for (int i = 1; i <= paragraphs; i++) {
			facts.add("Paragraph " + i + " of the facts: the five were seen at the facility near Yanji by a contact who "
					+ "reported what the guards said about their transfer to Helong and the border crossing beyond it.");
		}
		List<Section> sections = new ArrayList<>(SAMPLE.sections());
		sections.add(1, new Section(SectionKind.FACTS, facts, List.of(), List.of()));
		return new LetterDocument(SAMPLE.kind(), SAMPLE.language(), SAMPLE.letterhead(), SAMPLE.partners(), SAMPLE.date(),
				SAMPLE.reference(), SAMPLE.addressee(), List.of(), SAMPLE.salutation(), SAMPLE.subject(), sections, SAMPLE.signatories());
	}

}
