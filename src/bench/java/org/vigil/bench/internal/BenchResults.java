package org.vigil.bench.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one {@code bench run} measured, as written to the JSON results file, with a readable table.
 */
record BenchResults(String date, Machine machine, Dataset dataset, Server server, Settings settings,
		List<ScenarioResult> results, List<String> skipped) {

	/** The machine; {@code loadAverage} is /proc/loadavg's 1-minute figure at the end, to show how busy it was. */
	record Machine(String cpu, int cores, String java, String os, double loadAverage) {
	}

	record Dataset(long cases, long persons, long sources, int largestCasePersons) {
	}

	/** Start-up and memory of the server process; -1 where unknown (no --pid or --launch). */
	record Server(long pid, double startupSeconds, double rssAtRestMb, double rssPeakUnderLoadMb, double rssAfterLoadMb) {
	}

	record Settings(String url, List<Integer> clients, int requests, int warmup) {
	}

	/** Vigil's figures, the baseline's, and Vigil ÷ baseline at p50 and p95. */
	record ScenarioResult(String scenario, String description, int clients, Stats vigil, String baselineDescription,
			Stats baseline, double ratioP50, double ratioP95) {

		static ScenarioResult of(Scenario scenario, int clients, Stats vigil, Stats baseline) {
			return new ScenarioResult(scenario.name(), scenario.description(), clients, vigil, scenario.baselineDescription(),
					baseline, ratio(vigil.p50Ms(), baseline.p50Ms()), ratio(vigil.p95Ms(), baseline.p95Ms()));
		}

		private static double ratio(double vigil, double baseline) {
			return baseline <= 0 ? -1 : Math.round(vigil / baseline * 10) / 10.0;
		}

	}

	void write(Path json) throws IOException {
		Files.createDirectories(json.toAbsolutePath().getParent());
		JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		try (Writer writer = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
			mapper.writeValue(writer, this);
		}
		Files.writeString(Path.of(json.toString().replaceAll("\\.json$", "") + ".txt"), table(), StandardCharsets.UTF_8);
	}

	String table() {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "Vigil bench %s on %s (%d cores, load average %.1f), %,d cases / %,d persons / %,d sources%n",
				date, machine.cpu(), machine.cores(), machine.loadAverage(), dataset.cases(), dataset.persons(), dataset.sources()));
		out.append(String.format(Locale.ROOT, "%-26s %3s %8s %8s %8s %8s %6s | %8s %8s %6s %6s%n", "scenario", "cl", "p50 ms",
				"p95 ms", "p99 ms", "req/s", "errors", "base p50", "base p95", "x p50", "x p95"));
		for (ScenarioResult r : results) {
			out.append(String.format(Locale.ROOT, "%-26s %3d %8.2f %8.2f %8.2f %8.1f %6d | %8.2f %8.2f %6.1f %6.1f%n", r.scenario(),
					r.clients(), r.vigil().p50Ms(), r.vigil().p95Ms(), r.vigil().p99Ms(), r.vigil().throughputPerSecond(),
					r.vigil().errors(), r.baseline().p50Ms(), r.baseline().p95Ms(), r.ratioP50(), r.ratioP95()));
		}
		out.append(String.format(Locale.ROOT, "server pid %d: start-up %.2f s, RSS at rest %.1f MB, peak under load %.1f MB, after %.1f MB%n",
				server.pid(), server.startupSeconds(), server.rssAtRestMb(), server.rssPeakUnderLoadMb(), server.rssAfterLoadMb()));
		skipped.forEach(s -> out.append("skipped: ").append(s).append('\n'));
		return out.toString();
	}

}
