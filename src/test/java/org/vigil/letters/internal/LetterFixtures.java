package org.vigil.letters.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.vigil.letters.LetterDocument.Letterhead;

/** A renderer with the shipped templates and the letters bundle, and PDF text pages for assertions. */
final class LetterFixtures {

	static final Letterhead LETTERHEAD = new Letterhead("Vigil Human Rights Watch",
			"An independent organisation defending people at risk", List.of("1 Example Street", "Geneva"), null);

	private LetterFixtures() {
	}

	static PdfLetterRenderer renderer() {
		return renderer(TemplateSource::shipped);
	}

	static PdfLetterRenderer renderer(TemplateSource templates) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/letters");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new PdfLetterRenderer(new LetterTemplateEngine(), templates, messages);
	}

	/** The text of each page, first page first. */
	static List<String> pages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			List<String> pages = new ArrayList<>();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(document));
			}
			return pages;
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/** Text without any white space, to compare what a PDF breaks into lines with what HTML runs on. */
	static String squeezed(String text) {
		return text.replaceAll("\\s+", "");
	}

}
