package org.vigil.evidence.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way Vigil hands out an evidence file, in the pages and the API alike: always as an
 * attachment of type {@code application/octet-stream}, never sniffed, never cached — the content
 * is whatever someone uploaded, and a browser must not render it inside Vigil's origin.
 */
final class EvidenceDownloads {

	private EvidenceDownloads() {
	}

	/**
	 * The file as an attachment; a withheld file is refused, and platform answers the refusal as a
	 * problem for the API or the error page for the web UI.
	 */
	static ResponseEntity<byte[]> answer(EvidenceFiles.Retrieval found) {
		if (found instanceof EvidenceFiles.Withheld withheld) {
			throw withheld.refusal().toException();
		}
		return attachment((EvidenceFiles.Content) found);
	}

	private static ResponseEntity<byte[]> attachment(EvidenceFiles.Content content) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
		// RFC 6266: an ASCII fallback and filename* in UTF-8, so that 김철.jpg arrives as it was named.
		headers.setContentDisposition(ContentDisposition.attachment().filename(content.name(), StandardCharsets.UTF_8).build());
		headers.set("X-Content-Type-Options", "nosniff");
		headers.setCacheControl(CacheControl.noStore());
		headers.setContentLength(content.bytes().length);
		return ResponseEntity.ok().headers(headers).body(content.bytes());
	}

}
