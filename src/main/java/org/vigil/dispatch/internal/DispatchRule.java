package org.vigil.dispatch.internal;

import org.vigil.platform.RefusalRule;

/**
 * The rules that can refuse a dispatch or a step on a reply ({@link DispatchPolicy} decides who may).
 * Their explanations are {@code refusal.NAME} in the message bundles.
 */
enum DispatchRule implements RefusalRule {

	/** Only advocacy officers and reviewers of the team that owns the case dispatch and handle replies. */
	NOT_TEAM_ADVOCATE(Kind.NOT_ALLOWED),
	/** Only an approved appeal is sent. */
	APPEAL_NOT_APPROVED(Kind.WRONG_STATE),
	/** Same meaning as the case registry's rule of that name: the case's key is destroyed. */
	CASE_PURGED(Kind.WRONG_STATE),
	/** The appeal is approved already: it is dispatched now, no longer chosen to go on approval. */
	APPEAL_ALREADY_APPROVED(Kind.WRONG_STATE),
	/** The appeal was already dispatched to that destination on that channel. */
	ALREADY_DISPATCHED(Kind.WRONG_STATE),
	/** The address given is not one of the channel's: an email address, a fax number, an https address of a web form. */
	ADDRESS_INVALID(Kind.BAD_INPUT),
	/** No fax gateway is configured, so no fax can be sent. */
	FAX_NOT_CONFIGURED(Kind.WRONG_STATE),
	/** The fax has more pages than {@code vigil.dispatch.fax.max-pages} and the officer did not confirm it. */
	FAX_TOO_LONG(Kind.WRONG_STATE),
	/** No letter by post of the appeal waits to be printed. */
	NOTHING_TO_PRINT(Kind.WRONG_STATE),
	/** Only a pending letter by post or web form is marked sent by hand. */
	NOT_SENT_BY_HAND(Kind.WRONG_STATE),
	/** The authority is not in the directory, or has no address for the channel. */
	DESTINATION_UNKNOWN(Kind.BAD_INPUT),
	/** Neither an authority nor an address was given. */
	DESTINATION_REQUIRED(Kind.BAD_INPUT),
	/** No SMTP server is configured, so no email can be sent. */
	MAIL_NOT_CONFIGURED(Kind.WRONG_STATE),
	/** The message in triage was attached or dismissed already. */
	REPLY_NOT_IN_TRIAGE(Kind.WRONG_STATE),
	/** No IMAP mailbox is configured to read replies from. */
	MAILBOX_NOT_CONFIGURED(Kind.WRONG_STATE),
	/** The mailbox did not answer or refused the credentials; nothing was read. */
	MAILBOX_UNREACHABLE(Kind.WRONG_STATE),
	/** A field of the form to log a reply is empty, or a choice of it is none of its own. */
	REPLY_FIELD_REQUIRED(Kind.BAD_INPUT),
	/** A field of the form to log a reply is longer than it may be (the most, {@code {0}}). */
	REPLY_FIELD_TOO_LONG(Kind.BAD_INPUT),
	/** The sender or subject of a reply logged by hand is one line. */
	REPLY_FIELD_ONE_LINE(Kind.BAD_INPUT),
	/** The day a reply came is a date, today at the latest. */
	REPLY_DATE_OUT_OF_RANGE(Kind.BAD_INPUT),
	/** A scan of a reply is a PDF or an image (PNG, JPEG, TIFF), by its content. */
	SCAN_NOT_ACCEPTED(Kind.BAD_INPUT),
	/** A scan of a reply is at most {@code {0}} MB, like any upload. */
	SCAN_TOO_LARGE(Kind.TOO_LARGE),
	/** A scan's file name is empty or longer than {@code {0}} characters. */
	SCAN_NAME_INVALID(Kind.BAD_INPUT),
	/** No file came where a scan is the whole request. */
	SCAN_REQUIRED(Kind.BAD_INPUT),
	/** A scan is added to a reply logged by hand, not to one read from the mailbox. */
	REPLY_NOT_LOGGED(Kind.WRONG_STATE),
	/** The case was purged: the reply's file went with its key. */
	REPLY_FILE_DESTROYED(Kind.GONE);

	private final Kind kind;

	DispatchRule(Kind kind) {
		this.kind = kind;
	}

	@Override
	public Kind kind() {
		return kind;
	}

}
