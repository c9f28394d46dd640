package org.vigil.dispatch.internal;

import java.time.Instant;
import java.util.List;

/**
 * A message from the reply mailbox as Vigil keeps it: plain text only (HTML reduced to its text,
 * scripts dropped), its attachments as bytes, and the ids of the messages it answers.
 *
 * @param messageId its own Message-ID, or a digest of its content when it has none
 * @param answers the Message-IDs of {@code In-Reply-To} and {@code References}
 * @param sender who it is from, as shown: the display name and the address
 * @param senderAddress the address alone of {@code From}, in lower case, to compare with the addresses letters went to;
 *        {@code null} when it has none Vigil can read
 * @param malformed it could not be read as MIME; {@code text} holds its raw source, as text
 */
record ReceivedMail(String messageId, List<String> answers, String sender, String senderAddress, String subject, Instant sentAt, String text,
		List<Attachment> attachments, boolean malformed) {

	record Attachment(String name, String mediaType, byte[] content) {
	}

}
