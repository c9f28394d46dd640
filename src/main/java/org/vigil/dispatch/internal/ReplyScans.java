package org.vigil.dispatch.internal;

import java.io.IOException;
import java.util.Optional;

import org.springframework.web.multipart.MultipartFile;
import org.vigil.platform.Refusal;
import org.vigil.platform.validation.AcceptedText;

/**
 * What a scan of a reply logged by hand must be — a letter by post, a fax — to be kept beside it:
 * a PDF or an image (PNG, JPEG, TIFF) by its first bytes, not by what the browser says; at most
 * {@link #MAX_MEGABYTES}, the upload limit of every file ({@code spring.servlet.multipart.max-file-size},
 * as for evidence files); under a name that cannot spoof another ({@link AcceptedText#checkName}). It is
 * then sealed with the case's key like a mailed reply's attachments ({@link ReplyStore}).
 */
final class ReplyScans {

	static final int MAX_MEGABYTES = 25;

	static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

	static final int MAX_NAME = 255;

	/** The form's and the API's field of the file. */
	static final String FIELD = "scan";

	private ReplyScans() {
	}

	/** A scan accepted: its name as shown, its media type as its bytes tell, and its content. */
	record Scan(String name, String mediaType, byte[] content) {
	}

	/** The scan, none (no file chosen), or why it is refused on the field. */
	record Checked(Optional<Scan> scan, Optional<Refusal> refusal) {

		static Checked none() {
			return new Checked(Optional.empty(), Optional.empty());
		}

		static Checked refused(Refusal refusal) {
			return new Checked(Optional.empty(), Optional.of(refusal));
		}

	}

	/**
	 * Checks an uploaded file. No part, or an empty part without a name (a form sent with no file chosen),
	 * is no scan; when the scan is required (the API's own route for it), that is refused too.
	 */
	static Checked check(MultipartFile file, String field, boolean required) throws IOException {
		if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()))) {
			return required ? Checked.refused(Refusal.onField(DispatchRule.SCAN_REQUIRED, field)) : Checked.none();
		}
		if (file.getSize() > MAX_BYTES) {
			// Refused before a file past the limit is read into memory (the servlet's limit catches most).
			return Checked.refused(Refusal.onField(DispatchRule.SCAN_TOO_LARGE, field, MAX_MEGABYTES));
		}
		Optional<Refusal> spoofing = AcceptedText.checkName(field, withoutFolder(file.getOriginalFilename()));
		if (spoofing.isPresent()) {
			return Checked.refused(spoofing.get());
		}
		String name = fileName(file.getOriginalFilename());
		if (name == null || name.codePointCount(0, name.length()) > MAX_NAME) {
			return Checked.refused(Refusal.onField(DispatchRule.SCAN_NAME_INVALID, field, MAX_NAME));
		}
		byte[] content = file.getBytes();
		if (content.length > MAX_BYTES) {
			return Checked.refused(Refusal.onField(DispatchRule.SCAN_TOO_LARGE, field, MAX_MEGABYTES));
		}
		Optional<String> type = mediaTypeOf(content);
		if (type.isEmpty()) {
			return Checked.refused(Refusal.onField(DispatchRule.SCAN_NOT_ACCEPTED, field));
		}
		return new Checked(Optional.of(new Scan(name, type.get(), content)), Optional.empty());
	}

	/** The scan's media type, read from its first bytes; empty when it is neither a PDF nor a PNG, JPEG or TIFF image. */
	static Optional<String> mediaTypeOf(byte[] content) {
		if (starts(content, '%', 'P', 'D', 'F', '-')) {
			return Optional.of("application/pdf");
		}
		if (content.length > 8 && starts(content, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
			return Optional.of("image/png");
		}
		if (content.length > 3 && starts(content, 0xff, 0xd8, 0xff)) {
			return Optional.of("image/jpeg");
		}
		if (content.length > 8 && (starts(content, 'I', 'I', 0x2a, 0x00) || starts(content, 'M', 'M', 0x00, 0x2a))) {
			return Optional.of("image/tiff"); // what fax machines and many scanners write
		}
		return Optional.empty();
	}

	private static boolean starts(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xff) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** The name without a folder a browser may send along, without control characters, normalised; {@code null} when nothing is left. */
	private static String fileName(String original) {
		String last = withoutFolder(original);
		if (last == null) {
			return null;
		}
		String name = AcceptedText.normalise(last.replaceAll("\\p{Cntrl}", "")).strip();
		return name.isEmpty() ? null : name;
	}

	private static String withoutFolder(String original) {
		return original == null ? null : original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
	}

}
