package org.vigil.dispatch.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way Vigil hands out a file of a reply, in the pages and the API alike, as it hands out
 * evidence files: always as an attachment of type {@code application/octet-stream}, never sniffed,
 * never cached — an attachment is whatever a sender put in a message, and a browser must not render
 * it inside Vigil's origin.
 */
final class ReplyFiles {

	private ReplyFiles() {
	}

	static ResponseEntity<byte[]> download(ReplyStore.FileContent file) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
		// RFC 6266: an ASCII fallback and filename* in UTF-8, so that 答复.pdf arrives as it was named.
		headers.setContentDisposition(ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build());
		headers.set("X-Content-Type-Options", "nosniff");
		headers.setCacheControl(CacheControl.noStore());
		headers.setContentLength(file.content().length);
		return ResponseEntity.ok().headers(headers).body(file.content());
	}

}
