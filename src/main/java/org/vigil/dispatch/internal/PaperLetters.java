package org.vigil.dispatch.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.springframework.stereotype.Component;
import org.vigil.appeals.ApprovedAppeal;
import org.vigil.letters.AddressLabel;
import org.vigil.letters.CoverLetter;
import org.vigil.letters.FaxCover;
import org.vigil.letters.LetterRenderer;
import org.vigil.letters.Letterheads;

/**
 * The documents of letters that leave on paper: a fax as the gateway takes it (the letters module's
 * cover sheet, then the letter, as one PDF) and the print run of letters by post (cover letters,
 * letters and address labels, as one PDF).
 */
@Component
class PaperLetters {

	private final LetterRenderer renderer;

	private final Letterheads letterheads;

	PaperLetters(LetterRenderer renderer, Letterheads letterheads) {
		this.renderer = renderer;
		this.letterheads = letterheads;
	}

	/** The pages a fax of the letter has: its cover sheet and the letter's own. */
	int faxPages(byte[] letterPdf) {
		return 1 + renderer.pageCount(letterPdf);
	}

	/** The fax: the cover sheet, addressed to the destination and counting every page, then the letter. */
	byte[] fax(Destination destination, ApprovedAppeal appeal, String caseReference, byte[] letterPdf, LocalDate day) {
		String to = destination.name() == null ? "" : destination.name();
		if (destination.title() != null) {
			to = to.isEmpty() ? destination.title() : to + ", " + destination.title();
		}
		FaxCover cover = new FaxCover(appeal.language(), to, destination.address(), letterheads.own(), faxPages(letterPdf),
				reference(caseReference, appeal), day);
		return merged(List.of(renderer.faxCover(cover), letterPdf));
	}

	/**
	 * The print run of letters by post, as one PDF: for each destination in the order given a cover letter
	 * (the organisation, the addressee, the reference, in the letter's language) and the letter, then the
	 * address labels of them all, in the same order, for the envelopes.
	 */
	byte[] printBatch(List<Destination> destinations, ApprovedAppeal appeal, String caseReference, byte[] letterPdf, LocalDate day) {
		String reference = reference(caseReference, appeal);
		int letterPages = renderer.pageCount(letterPdf);
		List<byte[]> pdfs = new java.util.ArrayList<>();
		List<byte[]> labels = new java.util.ArrayList<>();
		for (Destination destination : destinations) {
			List<String> lines = envelopeLines(destination);
			pdfs.add(renderer.coverLetter(new CoverLetter(appeal.language(), letterheads.own(), lines, reference, letterPages, day)));
			pdfs.add(letterPdf);
			labels.add(renderer.addressLabel(new AddressLabel(lines)));
		}
		pdfs.addAll(labels);
		return merged(pdfs);
	}

	/** The addressee as an envelope names them: name, title, then the postal address's lines. */
	private static List<String> envelopeLines(Destination destination) {
		List<String> lines = new java.util.ArrayList<>();
		if (destination.name() != null) {
			lines.add(destination.name());
		}
		if (destination.title() != null) {
			lines.add(destination.title());
		}
		destination.address().lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
		return lines;
	}

	/** The reference a letter leaves under: the case's and the appeal's, e.g. {@code CN 1/2026 A-1B2C3D4E}. */
	private static String reference(String caseReference, ApprovedAppeal appeal) {
		return (caseReference + " " + appeal.reference()).strip();
	}

	/** The PDFs one after the other, as one document. */
	static byte[] merged(List<byte[]> pdfs) {
		PDFMergerUtility merger = new PDFMergerUtility();
		for (byte[] pdf : pdfs) {
			merger.addSource(new RandomAccessReadBuffer(pdf));
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

}
