package org.vigil.letters.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.context.MessageSource;
import org.vigil.letters.AddressLabel;
import org.vigil.letters.CoverLetter;
import org.vigil.letters.FaxCover;
import org.vigil.letters.LetterDocument;
import org.vigil.letters.LetterRenderer;
import org.vigil.letters.PrintPart;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Renders letters with openhtmltopdf on PDFBox. The template gives XHTML; the browser shows it with
 * {@code /css/letter.css}, and the PDF is made from the same markup with the same stylesheet put
 * inline. A letter loads nothing from outside: the only images are the {@code data:} URIs of the
 * letter's own logos and signatures, so a template cannot make the server fetch an address.
 */
final class PdfLetterRenderer implements LetterRenderer {

	/** Where the preview finds the stylesheet; the PDF reads the same file from the classpath. */
	static final String STYLESHEET = "/css/letter.css";

	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private final LetterTemplateEngine engine;

	private final TemplateSource templates;

	private final MessageSource messages;

	private final LetterFonts fonts = new LetterFonts();

	private final String stylesheet = LetterTemplateEngine.read("static" + STYLESHEET);

	private final String faxCoverTemplate = LetterTemplateEngine.read("letters/fax-cover.html");

	private final String coverLetterTemplate = LetterTemplateEngine.read("letters/cover-letter.html");

	private final String labelTemplate = LetterTemplateEngine.read("letters/address-label.html");

	/** What every letter of this build is rendered with besides its template: fragments, stylesheet, fonts. */
	private final String build;

	PdfLetterRenderer(LetterTemplateEngine engine, TemplateSource templates, MessageSource messages) {
		this.engine = engine;
		this.templates = templates;
		this.messages = messages;
		List<byte[]> files = new java.util.ArrayList<>(List.of(LetterTemplateEngine.read("letters/parts.html").getBytes(UTF_8),
				stylesheet.getBytes(UTF_8)));
		files.addAll(fonts.files());
		this.build = LetterFingerprint.ofBuild(files);
	}

	/** Drops the parsed fonts no rendering used for {@code idle} (see {@link LetterFonts#forgetIdle}). */
	int forgetIdleFonts(Duration idle) {
		return fonts.forgetIdle(idle);
	}

	/** How many parsed font sets wait for the next rendering. */
	int fontSetsKept() {
		return fonts.kept();
	}

	@Override
	public String html(LetterDocument letter) {
		return html(templates.template(letter.kind(), LetterModel.languageOf(letter.language())), letter);
	}

	/** Renders a letter with the given template text (the administrators' page previews unsaved edits). */
	String html(String template, LetterDocument letter) {
		return LetterMarkup.clean(engine.render(template, Map.of("letter", LetterModel.of(letter)))).outerHtml();
	}

	@Override
	public byte[] pdf(LetterDocument letter) {
		return toPdf(html(letter), letter.reference());
	}

	@Override
	public String fingerprint(LetterDocument letter) {
		return LetterFingerprint.of(templates.template(letter.kind(), LetterModel.languageOf(letter.language())), build, letter);
	}

	/** The PDF of a letter rendered with the given template text. */
	byte[] pdf(String template, LetterDocument letter) {
		return toPdf(html(template, letter), letter.reference());
	}

	@Override
	public byte[] faxCover(FaxCover cover) {
		Map<String, Object> variables = Map.of("cover", LetterModel.of(cover), "labels",
				labels(cover.language(), "to", "faxNumber", "from", "pages", "reference", "date", "title", "notice"));
		return toPdf(engine.render(faxCoverTemplate, variables), cover.reference());
	}

	@Override
	public byte[] coverLetter(CoverLetter cover) {
		Locale locale = Locale.forLanguageTag(LetterModel.languageOf(cover.language()));
		Map<String, Object> labels = new java.util.LinkedHashMap<>();
		for (String key : List.of("title", "reference", "salutation", "request", "closing")) {
			labels.put(key, messages.getMessage("letters.cover." + key, null, locale));
		}
		labels.put("subject", messages.getMessage("letters.cover.subject", new Object[] { cover.reference() }, locale));
		labels.put("enclosed", messages.getMessage("letters.cover.enclosed", new Object[] { cover.reference() }, locale));
		labels.put("enclosure", messages.getMessage("letters.cover.enclosure", new Object[] { cover.enclosedPages() }, locale));
		Map<String, Object> variables = Map.of("letter", LetterModel.of(cover), "labels", java.util.Collections.unmodifiableMap(labels));
		return toPdf(engine.render(coverLetterTemplate, variables), cover.reference());
	}

	@Override
	public byte[] addressLabel(AddressLabel label) {
		return toPdf(engine.render(labelTemplate, Map.of("label", LetterModel.of(label))), "");
	}

	@Override
	public byte[] printBatch(List<PrintPart> parts) {
		if (parts.isEmpty()) {
			throw new IllegalArgumentException("a print batch holds at least one document");
		}
		PDFMergerUtility merger = new PDFMergerUtility();
		for (PrintPart part : parts) {
			merger.addSource(new RandomAccessReadBuffer(pdf(part)));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		merger.setDestinationStream(out);
		try {
			merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		return out.toByteArray();
	}

	private byte[] pdf(PrintPart part) {
		if (part instanceof PrintPart.Letter letter) {
			return pdf(letter.letter());
		}
		if (part instanceof PrintPart.Cover cover) {
			return faxCover(cover.cover());
		}
		if (part instanceof PrintPart.Covering covering) {
			return coverLetter(covering.cover());
		}
		return addressLabel(((PrintPart.Label) part).label());
	}

	@Override
	public int pageCount(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException failure) {
			throw new IllegalArgumentException("not a PDF", failure);
		}
	}

	private Map<String, Object> labels(String language, String... keys) {
		Locale locale = Locale.forLanguageTag(LetterModel.languageOf(language));
		Map<String, Object> labels = new java.util.LinkedHashMap<>();
		for (String key : keys) {
			labels.put(key, messages.getMessage("letters.fax." + key, null, locale));
		}
		return java.util.Collections.unmodifiableMap(labels);
	}

	private byte[] toPdf(String html, String title) {
		Document parsed = LetterMarkup.clean(html);
		for (Element link : parsed.select("link[rel=stylesheet]")) {
			link.remove();
		}
		parsed.head().appendElement("style").appendText(stylesheet);
		if (parsed.title().isBlank()) {
			parsed.title(title.isBlank() ? "Vigil" : title);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<TrueTypeFont> borrowed = fonts.borrow();
		try (PDDocument document = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			builder.withW3cDocument(new W3CDom().fromJsoup(parsed), "about:blank");
			fonts.register(builder, document, borrowed);
			builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
			builder.useColorProfile(SRGB);
			builder.withProducer("Vigil");
			for (ExternalResourceControlPriority when : ExternalResourceControlPriority.values()) {
				builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:image/"), when);
			}
			builder.toStream(out);
			builder.run();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		finally {
			fonts.giveBack(borrowed);
		}
		return out.toByteArray();
	}

}
