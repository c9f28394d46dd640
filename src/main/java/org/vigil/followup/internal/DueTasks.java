package org.vigil.followup.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.vigil.dispatch.Dispatches;

/**
 * The work of the schedule, in order: close the follow-ups whose appeal a reply answered, open the
 * tasks whose day has come, and remind the advocacy desk of each newly open task — once: a task is
 * marked reminded only after its email went out, so a mail server that is down delays a reminder to
 * the next run but never repeats one that was sent.
 */
@Component
class DueTasks {

	private static final Logger log = LoggerFactory.getLogger(DueTasks.class);

	private final TaskStore tasks;

	private final Dispatches dispatches;

	private final ReminderMail reminders;

	private final FollowupClock clock;

	private final FollowupAudit audit;

	DueTasks(TaskStore tasks, Dispatches dispatches, ReminderMail reminders, FollowupClock clock, FollowupAudit audit) {
		this.tasks = tasks;
		this.dispatches = dispatches;
		this.reminders = reminders;
		this.clock = clock;
		this.audit = audit;
	}

	/** What one run did. */
	record Run(int answered, int opened, int reminded) {
	}

	Run run() {
		Instant now = clock.now();
		List<UUID> answered = tasks.awaitingReply().stream()
			.filter(t -> dispatches.firstReplyAt(t.caseId(), t.appealId()).isPresent())
			.peek(t -> audit.byVigil("followup.closed", t.id(), t.caseId(), Map.of("kind", t.kind().name(), "reason", "REPLIED")))
			.map(Task::id)
			.toList();
		int closed = tasks.close(answered, FollowupAudit.VIGIL, "REPLIED", now);
		int opened = tasks.openDue(now);
		int reminded = 0;
		if (reminders.configured()) {
			for (Task task : tasks.unreminded()) {
				try {
					reminders.send(task);
				}
				catch (MailException down) {
					log.warn("Reminders of follow-up tasks wait for the mail server: {}", down.getClass().getSimpleName());
					break;
				}
				tasks.reminded(task.id(), now);
				reminded++;
			}
		}
		return new Run(closed, opened, reminded);
	}

}
