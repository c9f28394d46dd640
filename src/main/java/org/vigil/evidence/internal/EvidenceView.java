package org.vigil.evidence.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * An evidence file as a list shows it. {@code name} and {@code description} are {@code null}
 * unless the identities of the case are revealed to the viewer ({@code hidden} otherwise), or
 * when the case was purged ({@code purged}); {@code number} (1 for the first file uploaded) and
 * the declared media type and size then tell the files apart: "File 1 (image/jpeg, 240 KB)".
 */
record EvidenceView(UUID id, UUID caseId, int number, String name, String description, String mediaType, long sizeBytes,
		String uploadedBy, Instant uploadedAt, boolean hidden, boolean purged) {

	/** The size for people: bytes, KB or MB (powers of 1024), one decimal below 10. */
	public String size() {
		if (sizeBytes < 1024) {
			return sizeBytes + " B";
		}
		double kb = sizeBytes / 1024.0;
		if (kb < 1024) {
			return amount(kb) + " KB";
		}
		return amount(kb / 1024) + " MB";
	}

	private static String amount(double value) {
		return value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.valueOf(Math.round(value));
	}

}
