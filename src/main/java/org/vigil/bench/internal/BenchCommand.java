package org.vigil.bench.internal;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;
import org.vigil.platform.Command;
import org.vigil.platform.UsageException;

/** {@code java -jar vigil.jar bench …}: fill a benchmark dataset, or measure a running server. */
@Component
class BenchCommand implements Command {

	private final DatasetGenerator generator;

	private final LoadDriver driver;

	BenchCommand(DatasetGenerator generator, LoadDriver driver) {
		this.generator = generator;
		this.driver = driver;
	}

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String usage() {
		return """
				bench generate [--cases 100000] [--persons-per-case-avg 10] [--sources-per-case-avg 5] [--seed 42]
				         bench run [--url http://127.0.0.1:8080] [--token TOKEN] [--clients 1,8] [--requests 500]
				                   [--warmup 100] [--out target/bench/results.json] [--pid PID | --launch target/vigil.jar [--launch-jvm "-Xmx512m"]]
				                   [--jdbc-url URL --jdbc-user U --jdbc-password P] [--username U --password P]
				                   [--scenarios NAME,NAME]   (only these scenarios)""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty()) {
			throw new UsageException("Say what to do: generate or run.");
		}
		Options options = Options.parse(args.subList(1, args.size()).stream().filter(a -> !a.startsWith("--spring.")
				&& !a.startsWith("--vigil.") && !a.startsWith("--logging.")).toList());
		switch (args.get(0)) {
			case "generate" -> generator.generate(DatasetShape.from(options), out);
			case "run" -> driver.run(options, out);
			default -> throw new UsageException("Unknown bench command '" + args.get(0) + "'.");
		}
		return 0;
	}

}
