package org.vigil.dispatch.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A fax as TIFF-F (RFC 3949's profile S, what fax servers and gateways take): every page of the PDF
 * drawn at fax fine resolution — 204 dots per inch across, 196 down — in black and white, 1728 dots
 * wide (the width of a fax line; an A4 page sits in the middle), compressed with CCITT T.4, in one
 * multi-page TIFF. Uses only the JDK's own TIFF writer.
 */
final class FaxImages {

	static final int DOTS_ACROSS = 204;

	static final int LINES_DOWN = 196;

	/** The dots of one fax line at 204 dpi (a B4-wide scan line, which an A4 page fits in). */
	static final int LINE_WIDTH = 1728;

	private FaxImages() {
	}

	static byte[] tiffF(byte[] pdf) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("TIFF").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (PDDocument document = Loader.loadPDF(pdf); ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionType("CCITT T.4");
			writer.setOutput(out);
			writer.prepareWriteSequence(null);
			PDFRenderer renderer = new PDFRenderer(document);
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				BufferedImage image = page(renderer, page, document.getPage(page).getMediaBox());
				writer.writeToSequence(new IIOImage(image, null, metadata(writer, image, param)), param);
			}
			writer.endWriteSequence();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/** One page at fax resolution, drawn in grey and then put in black and white. */
	private static BufferedImage page(PDFRenderer renderer, int page, PDRectangle box) throws IOException {
		float scaleX = DOTS_ACROSS / 72f;
		float scaleY = LINES_DOWN / 72f;
		int width = Math.max(LINE_WIDTH, Math.round(box.getWidth() * scaleX));
		int height = Math.round(box.getHeight() * scaleY);
		BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D drawing = grey.createGraphics();
		drawing.setColor(Color.WHITE);
		drawing.fillRect(0, 0, width, height);
		drawing.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		drawing.translate((width - box.getWidth() * scaleX) / 2, 0);
		renderer.renderPageToGraphics(page, drawing, scaleX, scaleY);
		drawing.dispose();
		BufferedImage bilevel = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
		Graphics2D copy = bilevel.createGraphics();
		copy.drawImage(grey, 0, 0, null);
		copy.dispose();
		return bilevel;
	}

	/** The writer's metadata for the page, with the fax resolution it was drawn at. */
	private static IIOMetadata metadata(ImageWriter writer, BufferedImage image, ImageWriteParam param) throws IOException {
		IIOMetadata defaults = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
		TIFFDirectory directory = TIFFDirectory.createFromMetadata(defaults);
		BaselineTIFFTagSet tags = BaselineTIFFTagSet.getInstance();
		directory.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1,
				new long[][] { { DOTS_ACROSS, 1 } }));
		directory.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1,
				new long[][] { { LINES_DOWN, 1 } }));
		directory.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT), BaselineTIFFTagSet.RESOLUTION_UNIT_INCH));
		return directory.getAsMetadata();
	}

}
