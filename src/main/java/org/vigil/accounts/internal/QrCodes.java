package org.vigil.accounts.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code drawn on the server, as a PNG {@code data:} address to put in an {@code <img>}: the
 * authenticator's setup address holds the second factor's secret, so it is never sent to a
 * service that would draw it, and the page that shows it is not cached.
 */
final class QrCodes {

	/** Pixels per module: large enough for a phone's camera at arm's length. */
	private static final int SCALE = 6;

	/** The white border the QR standard asks for, in modules. */
	private static final int QUIET_ZONE = 4;

	private QrCodes() {
	}

	static String pngDataUri(String text) {
		BitMatrix modules;
		try {
			modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("This text cannot be drawn as a QR code", ex);
		}
		BufferedImage image = new BufferedImage(modules.getWidth() * SCALE, modules.getHeight() * SCALE, BufferedImage.TYPE_BYTE_GRAY);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, modules.get(x / SCALE, y / SCALE) ? 0x000000 : 0xFFFFFF);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
	}

}
