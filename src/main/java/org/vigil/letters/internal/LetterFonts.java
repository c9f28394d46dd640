package org.vigil.letters.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts embedded in every PDF: Noto Sans for Latin text, Noto Sans KR for Hangul and Noto Sans SC
 * for Chinese, cut down by {@code scripts/letters/derive_fonts.py} (sources and licence in
 * {@code letters/fonts/SOURCES.md}). The stylesheet lists the families in this order, and the
 * renderer takes each character from the first that has it.
 *
 * <p>Parsing the two CJK fonts costs far more than laying out a letter, so parsed fonts are kept in
 * a small pool: a rendering borrows one set, embeds the subset it uses, and gives it back (a parsed
 * font is not safe for two renderings at once). A set nobody borrowed for a while is dropped
 * ({@link #forgetIdle}): a server at rest holds the font files, not their parsed tables.
 */
final class LetterFonts {

	private record Face(String file, String family, int weight) {
	}

	private static final List<Face> FACES = List.of(new Face("NotoSans-Latin-Regular.ttf", "Vigil Latin", 400),
			new Face("NotoSans-Latin-Bold.ttf", "Vigil Latin", 700),
			new Face("NotoSans-LatinExt-Regular.ttf", "Vigil Latin Ext", 400),
			new Face("NotoSansKR-Hangul-Regular.ttf", "Vigil Korean", 400),
			new Face("NotoSansSC-Chinese-Regular.ttf", "Vigil Chinese", 400));

	private final List<byte[]> files;

	private final BlockingQueue<Kept> pool;

	/** A parsed set waiting in the pool, and when it was given back. */
	private record Kept(List<TrueTypeFont> fonts, long givenBackAt) {
	}

	private final AtomicInteger parsed = new AtomicInteger();

	private final int size;

	LetterFonts() {
		files = FACES.stream().map(face -> read("letters/fonts/" + face.file())).toList();
		size = Math.max(2, Runtime.getRuntime().availableProcessors());
		pool = new ArrayBlockingQueue<>(size);
	}

	/** The font files, for a letter's {@link LetterFingerprint}: a build with other fonts prints other PDFs. */
	List<byte[]> files() {
		return files;
	}

	/** A set of parsed fonts for one rendering; give it back with {@link #giveBack}. */
	List<TrueTypeFont> borrow() {
		Kept kept = pool.poll();
		if (kept != null) {
			return kept.fonts();
		}
		if (parsed.incrementAndGet() <= size) {
			return parse();
		}
		parsed.decrementAndGet();
		try {
			return pool.take().fonts();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the letter fonts", interrupted);
		}
	}

	void giveBack(List<TrueTypeFont> fonts) {
		pool.offer(new Kept(fonts, System.nanoTime()));
	}

	/**
	 * Drops the parsed sets given back longer than {@code idle} ago (the two CJK fonts' tables, about
	 * 15 MB a set); the next rendering parses again. Answers how many were dropped.
	 */
	int forgetIdle(Duration idle) {
		long now = System.nanoTime();
		int dropped = 0;
		for (Kept kept : List.copyOf(pool)) {
			if (now - kept.givenBackAt() >= idle.toNanos() && pool.remove(kept)) {
				parsed.decrementAndGet();
				dropped++;
			}
		}
		return dropped;
	}

	/** How many parsed sets wait in the pool. */
	int kept() {
		return pool.size();
	}

	/** Registers every face for the document, each embedded as a subset of the characters it shows. */
	void register(PdfRendererBuilder builder, PDDocument document, List<TrueTypeFont> fonts) {
		for (int i = 0; i < FACES.size(); i++) {
			Face face = FACES.get(i);
			builder.useFont(new Lazily(document, fonts.get(i)), face.family(), face.weight(), FontStyle.NORMAL, true);
		}
	}

	private List<TrueTypeFont> parse() {
		List<TrueTypeFont> fonts = new ArrayList<>();
		try {
			for (byte[] file : files) {
				fonts.add(new TTFParser().parse(new RandomAccessReadBuffer(file)));
			}
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		return fonts;
	}

	private static byte[] read(String resource) {
		try (var in = LetterFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("font missing from the build: " + resource);
			}
			return in.readAllBytes();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/** Loads a face into the document only when the layout asks for it. */
	private static final class Lazily extends PDFontSupplier {

		private final PDDocument document;

		private final TrueTypeFont font;

		private PDFont loaded;

		Lazily(PDDocument document, TrueTypeFont font) {
			super(null);
			this.document = document;
			this.font = font;
		}

		@Override
		public PDFont supply() {
			if (loaded == null) {
				try {
					loaded = PDType0Font.load(document, font, true);
				}
				catch (IOException failure) {
					throw new UncheckedIOException(failure);
				}
			}
			return loaded;
		}

	}

}
