package org.vigil.appeals.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.vigil.platform.Refusal;
import org.vigil.platform.RefusalRule;

/**
 * What an image must be to go on a letter (a partner's logo, a signatory's signature): PNG or
 * JPEG by its bytes (not by what the sender says), at most {@link #MAX_BYTES}, and an image that decodes.
 */
final class LetterImages {

	static final int MAX_BYTES = 512 * 1024;

	private LetterImages() {
	}

	/** The image's media type, read from its first bytes; empty when it is neither PNG nor JPEG. */
	static Optional<String> mediaTypeOf(byte[] image) {
		if (image.length > 8 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G') {
			return Optional.of("image/png");
		}
		if (image.length > 3 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8 && (image[2] & 0xff) == 0xff) {
			return Optional.of("image/jpeg");
		}
		return Optional.empty();
	}

	/** Why the image cannot go on a letter, on the field, by the rules given; empty when it can. */
	static Optional<Refusal> refusal(String field, byte[] image, RefusalRule tooLarge, RefusalRule notAnImage) {
		if (image.length > MAX_BYTES) {
			return Optional.of(Refusal.onField(tooLarge, field, MAX_BYTES / 1024));
		}
		if (mediaTypeOf(image).isEmpty() || !decodes(image)) {
			return Optional.of(Refusal.onField(notAnImage, field));
		}
		return Optional.empty();
	}

	private static boolean decodes(byte[] image) {
		try {
			var decoded = ImageIO.read(new ByteArrayInputStream(image));
			return decoded != null && decoded.getWidth() > 0 && decoded.getHeight() > 0;
		}
		catch (IOException | RuntimeException broken) {
			return false;
		}
	}

}
