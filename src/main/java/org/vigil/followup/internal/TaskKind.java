package org.vigil.followup.internal;

/** What a follow-up task asks of the team. */
enum TaskKind {

	/** No reply came within {@code vigil.followup.reply-within}: write again, call, ask partners. Closed by a reply. */
	FOLLOW_UP,
	/** The confidential window ({@code vigil.followup.publication-decision-after}) ended: publish the appeal or not. */
	PUBLICATION_DECISION

}
