package org.vigil.letters.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.vigil.letters.LetterDocument;
import org.vigil.letters.LetterKind;

/**
 * Draws page 1 of the sample urgent appeal as a PNG, for the README ({@code docs/letter-page-1.png}).
 * Not a test: run it with {@code scripts/letters/letter-page-1.sh}, which also prints how long the
 * bare PDF render of the sample letter takes once warmed up.
 */
public final class LetterPagePicture {

	private LetterPagePicture() {
	}

	public static void main(String[] args) throws IOException {
		Path target = Path.of(args.length > 0 ? args[0] : "docs/letter-page-1.png");
		PdfLetterRenderer renderer = LetterFixtures.renderer();
		LetterDocument sample = SampleLetter.of(LetterKind.URGENT_APPEAL, "en", LetterFixtures.LETTERHEAD);
		byte[] pdf = renderer.pdf(sample);
		for (int i = 0; i < 10; i++) {
			pdf = renderer.pdf(sample); // warm up
		}
		int rounds = 30;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpu = threads.getCurrentThreadCpuTime();
		long started = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			pdf = renderer.pdf(sample);
		}
		// CPU time as well as elapsed: on a busy machine the elapsed time says more about the neighbours.
		System.out.printf("bare PDF render of the sample letter, mean of %d: %.1f ms elapsed, %.1f ms CPU (%d bytes, %d pages)%n",
				rounds, (System.nanoTime() - started) / 1e6 / rounds, (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / rounds,
				pdf.length, renderer.pageCount(pdf));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 80, ImageType.RGB);
			Files.createDirectories(target.toAbsolutePath().getParent());
			ImageIO.write(page, "png", target.toFile());
		}
		System.out.println("page 1 written to " + target);
	}

}
