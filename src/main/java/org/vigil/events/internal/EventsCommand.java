package org.vigil.events.internal;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.platform.Command;
import org.vigil.platform.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code java -jar vigil.jar events …}: what waits in the event publication registry, and sending
 * it to its listeners again. A resubmitted listener runs in this command's process, which waits
 * for it before it ends.
 */
@Component
@CommandLine.Command(name = "events", description = "Events whose listener failed: list them, resubmit them.")
class EventsCommand implements Command {

	private final EventPublications publications;

	EventsCommand(EventPublications publications) {
		this.publications = publications;
	}

	@CommandLine.Command(name = "list", description = "List the incomplete event publications, oldest first (never their content).")
	int list() {
		List<IncompletePublication> waiting = publications.incomplete();
		if (waiting.isEmpty()) {
			Terminal.out().println("No incomplete event publications: every listener has completed.");
			return 0;
		}
		Terminal.out().println("id\tstatus\tattempts\tpublished at\tevent\tlistener");
		for (IncompletePublication p : waiting) {
			Terminal.out().println(p.id() + "\t" + p.status() + "\t" + p.attempts() + "\t"
					+ DateTimeFormatter.ISO_INSTANT.format(p.publishedAt()) + "\t" + p.eventName() + "\t" + p.listener());
		}
		return 0;
	}

	@CommandLine.Command(name = "resubmit", description = { "Send failed publications to their listeners again.",
			"With --older-than, every incomplete one published that long ago or longer (stuck since a crash, say)." })
	int resubmit(@Option(names = "--id", paramLabel = "ID", split = ",", description = "only these failed publications") List<UUID> ids,
			@Option(names = "--older-than", paramLabel = "DURATION",
					description = "every incomplete publication at least this old, e.g. PT30M or P1D (ISO-8601)") Duration olderThan) {
		if (olderThan != null && ids != null) {
			throw new org.vigil.platform.UsageException("Give --id or --older-than, not both.");
		}
		if (olderThan != null && olderThan.isNegative()) {
			throw new org.vigil.platform.UsageException("--older-than must not be negative.");
		}
		int count = olderThan != null ? publications.resubmitOlderThan(olderThan, Terminal.operator(), null)
				: publications.resubmitFailed(ids == null ? Set.of() : Set.copyOf(ids), Terminal.operator(), null);
		Terminal.out().println("Resubmitted " + count + " event publication(s); 'events list' shows what is still incomplete.");
		return 0;
	}

}
