package org.vigil.letters;

import java.util.List;

/**
 * Renders letters with the organisation's template for their kind and language. The HTML preview and
 * the PDF come from the same template and the same stylesheet ({@code /css/letter.css}, served by
 * Vigil), so what a reviewer reads on screen is what is printed.
 *
 * <p>Rendering needs no transaction and touches nothing; it is safe to call from any thread.
 */
public interface LetterRenderer {

	/**
	 * The letter as a standalone XHTML document for the on-screen preview. It links the stylesheet
	 * {@code /css/letter.css} and shows images as {@code data:} URIs, so it displays under Vigil's
	 * Content-Security-Policy as it is.
	 */
	String html(LetterDocument letter);

	/** The letter as PDF/A-2b: A4, fonts embedded, page numbers and the reference on every page. */
	byte[] pdf(LetterDocument letter);

	/**
	 * What the letter's PDF is made from, as a SHA-256 in hex: the template in use for its kind and
	 * language, the build's fragments, stylesheet and fonts, and every field of the content, images
	 * included. Two letters with the same fingerprint print the same, so a caller may keep a PDF and
	 * hand it out again while the fingerprint stays (it changes when a template is edited, an image
	 * replaced or the text changed). Costs a template lookup and a digest, no rendering.
	 */
	String fingerprint(LetterDocument letter);

	/** A fax cover sheet (one page) as PDF. */
	byte[] faxCover(FaxCover cover);

	/**
	 * The cover letter that goes in front of a posted letter, as PDF: the letterhead, date and addressee
	 * of a letter, and a few lines in the letter's language asking that the enclosed letter reach its
	 * addressee. The reference is on every page, as on a letter.
	 */
	byte[] coverLetter(CoverLetter cover);

	/** An address label as PDF, one label on a 99.1 × 38.1 mm page (a common label size). */
	byte[] addressLabel(AddressLabel label);

	/** Several documents in one PDF to print in one go, in the order given; each starts on a new page. */
	byte[] printBatch(List<PrintPart> parts);

	/** The number of pages of a PDF this renderer made, e.g. for a fax cover sheet's page count. */
	int pageCount(byte[] pdf);

}
