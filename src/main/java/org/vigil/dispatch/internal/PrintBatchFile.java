package org.vigil.dispatch.internal;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.vigil.appeals.ApprovedAppeal;

/** A print batch as a download, for the page and the API alike; never kept in a cache. */
final class PrintBatchFile {

	private PrintBatchFile() {
	}

	static ResponseEntity<byte[]> answer(byte[] pdf, UUID appealId) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("post " + ApprovedAppeal.referenceOf(appealId) + ".pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

}
