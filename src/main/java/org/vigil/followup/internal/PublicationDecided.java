package org.vigil.followup.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.vigil.publishing.AppealReleased;

/**
 * Closes an appeal's decision on publication ({@link TaskKind#PUBLICATION_DECISION}) once a
 * publication of it is released, at once or under embargo: the decision was taken. Scheduled or
 * open, the task is closed by Vigil with the reason {@code PUBLISHED} and audited; one already
 * finished is left as it is. A failure stays in the event publication registry and is tried again.
 */
@Component
class PublicationDecided {

	static final String REASON = "PUBLISHED";

	private final TaskStore tasks;

	private final FollowupClock clock;

	private final FollowupAudit audit;

	PublicationDecided(TaskStore tasks, FollowupClock clock, FollowupAudit audit) {
		this.tasks = tasks;
		this.clock = clock;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(AppealReleased released) {
		List<Task> deciding = tasks.ofAppeal(released.appealId()).stream()
			.filter(t -> t.kind() == TaskKind.PUBLICATION_DECISION)
			.filter(t -> t.status() == TaskStatus.SCHEDULED || t.status() == TaskStatus.OPEN)
			.toList();
		List<UUID> ids = deciding.stream().map(Task::id).toList();
		if (tasks.close(ids, FollowupAudit.VIGIL, REASON, clock.now()) > 0) {
			deciding.forEach(t -> audit.byVigil("followup.closed", t.id(), t.caseId(), Map.of("kind", t.kind().name(), "reason", REASON,
					"publication", released.publicationId().toString())));
		}
	}

}
