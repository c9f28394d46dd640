package org.vigil.urgency.internal;

import java.time.Duration;

import org.springframework.stereotype.Component;
import org.vigil.platform.Command;
import org.vigil.platform.Terminal;
import picocli.CommandLine;

/**
 * {@code java -jar vigil.jar urgency recompute}: every followed case assessed again now, as the
 * server's schedule does every quarter of an hour, with how long it took. For an operator who
 * changed data outside Vigil (a restore, an import in SQL) and for the benchmark of the
 * recomputation. Alerts it raises are emailed from this process before it ends.
 */
@Component
@CommandLine.Command(name = "urgency", description = "The urgency of cases: assess every followed case again.")
class UrgencyCommand implements Command {

	private final Recomputation recomputation;

	UrgencyCommand(Recomputation recomputation) {
		this.recomputation = recomputation;
	}

	@CommandLine.Command(name = "recompute", description = "Assess every open or monitored case again now, and say how long it took.")
	int recompute() {
		long start = System.nanoTime();
		int assessed = recomputation.all();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		Terminal.out().printf("Assessed the urgency of %d cases in %.1f s (%.2f ms a case).%n", assessed, took.toMillis() / 1000.0,
				assessed == 0 ? 0.0 : took.toNanos() / 1e6 / assessed);
		return 0;
	}

}
