package org.vigil.appeals;

import java.time.Instant;
import java.util.UUID;

/**
 * An approved appeal as it is sent: protected text, open. Whoever holds it keeps it out of logs.
 *
 * @param reference the appeal's short reference within its case ({@code A-} and the first eight
 *        characters of its id, upper case), which replies quote in their subject
 * @param language a BCP 47 tag
 * @param asks what the appeal asks, or {@code null}
 */
public record ApprovedAppeal(UUID appealId, UUID caseId, String reference, String addressee, String language,
		String subject, String asks, String body, String approvedBy, Instant approvedAt) {

	/** The short reference of an appeal, as {@link #reference} holds it. */
	public static String referenceOf(UUID appealId) {
		return "A-" + appealId.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
	}

}
