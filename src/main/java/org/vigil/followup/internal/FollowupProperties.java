package org.vigil.followup.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules that set follow-up tasks due after a dispatch, and where reminders go.
 *
 * @param replyWithin without a reply this long after the first letter of an appeal went out, a follow-up is due
 * @param publicationDecisionAfter this long after it, a decision on publication is due (the UN special
 *        procedures publish their communications after sixty days)
 * @param checkEvery how often due tasks are opened and reminded of
 * @param mailTo the advocacy desk's address reminders go to; blank: tasks are shown in Vigil only
 * @param mailFrom the sender of reminders
 * @param mailLanguage the language reminders are written in (en, ko or zh)
 */
@ConfigurationProperties("vigil.followup")
record FollowupProperties(@DefaultValue("7d") Duration replyWithin, @DefaultValue("60d") Duration publicationDecisionAfter,
		@DefaultValue("15m") Duration checkEvery, @DefaultValue("") String mailTo, @DefaultValue("vigil@localhost") String mailFrom,
		@DefaultValue("en") String mailLanguage) {

	FollowupProperties {
		if (replyWithin.isNegative() || replyWithin.isZero() || publicationDecisionAfter.isNegative() || publicationDecisionAfter.isZero()
				|| checkEvery.isNegative() || checkEvery.isZero()) {
			throw new IllegalArgumentException("vigil.followup: reply-within, publication-decision-after and check-every must be positive.");
		}
	}

	/** How long after the dispatch a task of that kind is due. */
	Duration dueAfter(TaskKind kind) {
		return kind == TaskKind.FOLLOW_UP ? replyWithin : publicationDecisionAfter;
	}

}
