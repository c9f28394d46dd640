package org.vigil.followup.internal;

import java.util.List;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.vigil.cases.CaseDirectory;
import org.vigil.dispatch.AppealDispatched;

/**
 * Sets an appeal's follow-up tasks due when its first letter goes out, by the rules of
 * {@link FollowupProperties}: each task counts from that first letter, so the copies and the other
 * channels of the same appeal set nothing again. A letter that is the follow-up drafted from a task
 * closes that task ({@code FOLLOWED_UP}): the follow-up went out, and sets tasks of its own. Runs after
 * dispatch recorded the letter as sent; a failure stays in the event publication registry and is tried again.
 */
@Component
class DueDates {

	private final TaskStore tasks;

	private final CaseDirectory cases;

	private final FollowupProperties rules;

	private final FollowupAudit audit;

	DueDates(TaskStore tasks, CaseDirectory cases, FollowupProperties rules, FollowupAudit audit) {
		this.tasks = tasks;
		this.cases = cases;
		this.rules = rules;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(AppealDispatched dispatched) {
		for (Task followedUp : tasks.unfinishedFollowedUpBy(dispatched.appealId())) {
			if (tasks.close(List.of(followedUp.id()), FollowupAudit.VIGIL, "FOLLOWED_UP", dispatched.sentAt()) > 0) {
				audit.byVigil("followup.closed", followedUp.id(), followedUp.caseId(),
						Map.of("kind", followedUp.kind().name(), "reason", "FOLLOWED_UP"));
			}
		}
		cases.describe(dispatched.caseId()).ifPresent(found -> {
			for (TaskKind kind : TaskKind.values()) {
				if (tasks.schedule(found.id(), found.reference(), dispatched.appealId(), found.teamId(), kind, dispatched.sentAt(),
						dispatched.sentAt().plus(rules.dueAfter(kind)))) {
					audit.byVigil("followup.scheduled", dispatched.appealId(), found.id(), Map.of("kind", kind.name()));
				}
			}
		});
	}

}
