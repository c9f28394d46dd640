package org.vigil.dispatch.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON shapes of replies and triage. */
final class ReplyApiModels {

	/** The most text a reply logged by hand holds: a transcribed letter or fax, with room to spare. */
	static final int LOGGED_TEXT = 100_000;

	private ReplyApiModels() {
	}

	/**
	 * A reply logged by hand on an appeal: how it came ({@code receivedVia}), when, from whom, what it
	 * says, of what {@code type} (HURIDOCS MT27) and, when the officer can tell, its {@code impact}
	 * (HURIDOCS MT44, optional).
	 */
	public record LoggedResponse(@NotNull ReceivedVia receivedVia, @NotNull ResponseType type, ResponseImpact impact,
			@NotNull @PastOrPresent Instant receivedAt,
			@NotBlank @Size(max = 500) @Pattern(regexp = DispatchApiModels.ONE_LINE) String sender,
			@Size(max = 998) @Pattern(regexp = DispatchApiModels.ONE_LINE) String subject,
			@NotBlank @Size(max = LOGGED_TEXT) @Pattern(regexp = DispatchApiModels.LINES) String text) {
	}

	/**
	 * The impact an officer judges a reply to show (HURIDOCS MT44; {@code null}: not judged), on the reply's {@code version}
	 * read with it.
	 */
	public record ImpactRequest(ResponseImpact impact, @NotNull Long version) {
	}

	/** Attaching a message from triage to an appeal of a case, with its {@code type} and, optionally, its {@code impact} (MT44). */
	public record AttachRequest(@NotNull UUID caseId, @NotNull UUID appealId, @NotNull ResponseType type, ResponseImpact impact) {
	}

	/**
	 * What one reading of the mailbox took in.
	 *
	 * @param reports fax gateway reports and bounces, which updated their letters' delivery attempts
	 */
	public record FetchResponse(int read, int matched, int triaged, int reports) {
	}

	/**
	 * A reply: its text is plain (HTML was reduced to text); {@code malformed} when it could not be read
	 * as MIME and {@code text} is its raw source. {@code matchedBy} says how it reached its appeal: {@code THREAD}
	 * (it answers a letter's Message-ID), {@code REFERENCE} (its subject quotes the appeal's reference),
	 * {@code SENDER} (neither, but letters of this appeal alone went to its sender's address: a weaker match, to be
	 * confirmed), {@code OFFICER} (attached from triage) or {@code LOGGED} (by hand); {@code attachments} are its
	 * files — a message's attachments, a scan of a reply logged by hand — each downloaded by its {@code id}
	 * ({@code downloadResponseFile}).
	 */
	public record ReplyResponse(UUID id, String status, UUID caseId, UUID appealId, UUID attemptId, String matchedBy,
			ReceivedVia receivedVia, ResponseType type, ResponseImpact impact, boolean malformed, String sender, String subject, String text,
			Instant receivedAt, Instant takenInAt, String takenInBy, List<FileResponse> attachments, long version) {

		static ReplyResponse of(Reply r) {
			return new ReplyResponse(r.id(), r.status(), r.caseId(), r.appealId(), r.attemptId(), r.matchedBy(), r.receivedVia(),
					r.responseType(), r.impact(), r.malformed(), r.sender(), r.subject(), r.text(), r.receivedAt(), r.takenInAt(), r.takenInBy(),
					r.files().stream().map(f -> new FileResponse(f.id(), f.name(), f.mediaType(), f.size())).toList(), r.version());
		}

	}

	/** An attachment of a reply: name, media type and size in bytes. */
	public record FileResponse(UUID id, String name, String mediaType, long size) {
	}

}
