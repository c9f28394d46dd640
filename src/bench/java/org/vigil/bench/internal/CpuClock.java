package org.vigil.bench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time spent during a measurement by the server's JVM, by its embedded PostgreSQL (the postmaster
 * and its backends, found from {@code <VIGIL_HOME>/db/postmaster.pid}) and by this JVM (the bench driver
 * and the mail peer). Unlike a rate, CPU time per unit of work hardly depends on how loaded the machine
 * is, so runs on a busy machine can be compared. A part that cannot be read (another machine, another
 * user's process, an external database) is reported as such.
 */
final class CpuClock {

	private final long serverPid;

	private final long postgresPid;

	private final Times before;

	private CpuClock(long serverPid, long postgresPid) {
		this.serverPid = serverPid;
		this.postgresPid = postgresPid;
		this.before = now();
	}

	static CpuClock start(long serverPid, Path home) {
		return new CpuClock(serverPid, postmaster(home));
	}

	Spent stop() {
		Times after = now();
		return new Spent(minus(after.server(), before.server()), minus(after.postgres(), before.postgres()),
				after.bench().minus(before.bench()));
	}

	private Times now() {
		return new Times(cpu(serverPid), postgresPid > 0 ? tree(postgresPid) : Optional.empty(),
				ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
	}

	private static Optional<Duration> cpu(long pid) {
		return pid > 0 ? ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()) : Optional.empty();
	}

	/** The process and its children; a backend that exits meanwhile takes its time with it (the pool keeps them open). */
	private static Optional<Duration> tree(long pid) {
		return ProcessHandle.of(pid).map(root -> Stream.concat(Stream.of(root), root.descendants())
			.map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus));
	}

	private static Optional<Duration> minus(Optional<Duration> after, Optional<Duration> before) {
		return after.flatMap(a -> before.map(a::minus));
	}

	private static long postmaster(Path home) {
		try {
			List<String> lines = Files.readAllLines(home.resolve("db").resolve("postmaster.pid"));
			return lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
		}
		catch (IOException | NumberFormatException ex) {
			return -1; // an external database, or none embedded here
		}
	}

	/** The three load averages of {@code /proc/loadavg} (1, 5, 15 minutes), {@code "?"} off Linux. */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException | RuntimeException ex) {
			return "?";
		}
	}

	private record Times(Optional<Duration> server, Optional<Duration> postgres, Duration bench) {
	}

	/** CPU time spent, per part. */
	record Spent(Optional<Duration> server, Optional<Duration> postgres, Duration bench) {

		/** Lines saying the CPU milliseconds per unit of work of each part. */
		String perUnit(int units, String unit) {
			return "  CPU per " + unit + ": server " + ms(server, units) + ", PostgreSQL " + ms(postgres, units) + ", bench JVM (driver and mail peer) "
					+ ms(Optional.of(bench), units) + "\n";
		}

		private static String ms(Optional<Duration> spent, int units) {
			return spent.map(d -> String.format(java.util.Locale.ROOT, "%.2f ms", d.toNanos() / 1e6 / units)).orElse("not read");
		}

	}

}
