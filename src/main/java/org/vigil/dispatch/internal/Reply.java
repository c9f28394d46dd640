package org.vigil.dispatch.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reply as shown, its text open: where it stands (in triage, attached to an appeal, dismissed),
 * how it was matched, and what it says. Text is plain; pages escape it like any other text.
 *
 * @param matchedBy THREAD (its In-Reply-To or References named a letter's Message-ID), REFERENCE
 *        (its subject quoted the appeal's reference), SENDER (neither, but letters of this appeal only went
 *        to its From address: a weaker match, for an officer to confirm), OFFICER (attached from triage) or
 *        LOGGED (by hand)
 * @param impact what the reply says the appeal achieved (HURIDOCS MT44), as the officer judged it; {@code null} until one did
 * @param version the reply's version, which a change of its impact names
 */
record Reply(UUID id, String status, UUID caseId, UUID appealId, UUID attemptId, String matchedBy, ReceivedVia receivedVia,
		ResponseType responseType, ResponseImpact impact, boolean malformed, String sender, String subject, String text, Instant receivedAt,
		Instant takenInAt, String takenInBy, List<File> files, long version) {

	/** An attachment: its name, type and size; its content is fetched on its own. */
	record File(UUID id, String name, String mediaType, long size) {
	}

}
