package org.vigil.platform;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar vigil.jar} starts again, once, as a child process with JVM options that the
 * plain command cannot carry: for the server a bounded memory budget (by default the JVM would
 * take a quarter of the machine's memory as heap and grow to several gigabytes under load), for
 * an operator command a quick start (no optimising compiler for a run of a few seconds).
 *
 * <p>The operator changes the budget with {@code VIGIL_MAX_HEAP} (default {@value #DEFAULT_HEAP})
 * and adds options with {@code VIGIL_JAVA_OPTIONS}. Whoever gives JVM options of their own
 * ({@code java -Xmx2g -jar vigil.jar}) or sets {@code VIGIL_RELAUNCH=false} runs as started.
 */
final class Relaunch {

	static final String DEFAULT_HEAP = "512m";

	/**
	 * How often the server gives the C heap's freed memory back to the system: the compilers' work
	 * areas and the buffers of a busy minute are freed into glibc's arenas, which keep them (44 MB
	 * after the benchmark's heaviest load) until asked to trim.
	 */
	static final int NATIVE_TRIM_INTERVAL_MS = 30_000;

	/** Set on the child, so that it does not start yet another. */
	static final String MARKER = "vigil.relaunched";

	private Relaunch() {
	}

	/**
	 * The server's budget: heap, class metadata, compiled code, thread stacks and direct buffers
	 * are each bounded, so that resident memory stays under about twice the heap. The heap starts
	 * small (by default Java commits 1/64 of the machine's memory at once) with a young generation
	 * of 48 MB (resident at rest once any load has touched it: 64 MB left the server at 611 MB after the
	 * benchmark's load, 48 MB at 569 MB, with the letters' PDF no slower; 32 MB made it 2½ times
	 * slower, promoting a large case's requests early), and the serial collector keeps at most 20 % of the old generation free after a full
	 * collection, so that the heap follows the live set (about 250 MB, mostly the gazetteer)
	 * instead of its limit. G1, which can give memory back while idle, was tried and held 80 MB
	 * more at rest (its own structures, 58 MB, and a heap it did not shrink). A full collection gives
	 * back at once what it finds free beyond the bound (by default the serial collector would give back
	 * nothing the first time, a tenth the second, all only by the fourth), so that the collection a
	 * server at rest runs (see {@code HeapAtRest}) returns the heap a busy hour grew.
	 */
	static List<String> serverOptions(Map<String, String> environment) {
		List<String> extra = extra(environment);
		List<String> options = new ArrayList<>(List.of("-Xmx" + heap(environment), "-Xms64m", "-Xmn48m"));
		// Java refuses two collectors: one named in VIGIL_JAVA_OPTIONS replaces the serial one.
		if (extra.stream().noneMatch(option -> option.matches("-XX:\\+Use\\w+GC"))) {
			options.add("-XX:+UseSerialGC");
		}
		options.addAll(List.of("-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20", "-XX:MaxMetaspaceSize=256m",
				"-XX:ReservedCodeCacheSize=96m", "-XX:MaxDirectMemorySize=64m", "-Xss512k",
				"-XX:TrimNativeHeapInterval=" + NATIVE_TRIM_INTERVAL_MS, "-XX:-ShrinkHeapInSteps"));
		options.addAll(extra);
		return options;
	}

	/**
	 * What the child's environment gets beside this one's: at most two C heaps (glibc makes up to
	 * eight per core for the threads that allocate, each holding freed memory of its own), unless
	 * the operator chose otherwise.
	 */
	static Map<String, String> childEnvironment(Map<String, String> environment) {
		return environment.containsKey("MALLOC_ARENA_MAX") ? Map.of() : Map.of("MALLOC_ARENA_MAX", "2");
	}

	/** An operator command runs for seconds: the first compiler tier only, a small heap, one GC thread. */
	static List<String> commandOptions(Map<String, String> environment) {
		List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx" + heap(environment),
				"-Xss512k", "-Xshare:auto"));
		options.addAll(extra(environment));
		return options;
	}

	/**
	 * Runs {@code args} in a child JVM with {@code options} when this JVM was started as a plain
	 * {@code java -jar vigil.jar}; answers its exit code, or empty when this JVM should go on itself.
	 * With {@code quickStart} (operator commands) the child runs from the jar's unpacked copy with a
	 * class-data archive (see {@link ClassDataCache}).
	 */
	static Optional<Integer> asChild(String[] args, List<String> options, boolean quickStart, Map<String, String> environment) {
		Optional<Path> jar = runningJar();
		if (System.getProperty(MARKER) != null || "false".equalsIgnoreCase(environment.get("VIGIL_RELAUNCH")) || jar.isEmpty()
				|| !ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty()) {
			return Optional.empty();
		}
		List<String> command = new ArrayList<>();
		command.add(java());
		command.addAll(options);
		command.add("-D" + MARKER + "=true");
		// JVM warnings go to standard error, never between a command's answers.
		command.addAll(List.of("-Xlog:disable", "-Xlog:all=warning:stderr"));
		ClassDataCache.Launch launch = quickStart ? ClassDataCache.prepare(jar.get(), environment) : ClassDataCache.plain(jar.get());
		command.addAll(launch.options());
		command.addAll(Arrays.asList(args));
		try {
			ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
			builder.environment().putAll(childEnvironment(environment));
			Process child = builder.start();
			// Stopping this process (SIGTERM, as a service manager does) stops the child the same way.
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				child.destroy();
				try {
					child.waitFor();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}, "vigil-child-stopper"));
			int exit = child.waitFor();
			launch.afterRun();
			return Optional.of(exit);
		}
		catch (java.io.IOException ex) {
			System.err.println("Could not start Java again with Vigil's memory settings (" + ex.getMessage() + "); running as started.");
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.of(1);
		}
	}

	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** The jar this JVM runs, when started with {@code java -jar FILE.jar} (not from an IDE or a test). */
	private static Optional<Path> runningJar() {
		String classPath = System.getProperty("java.class.path", "");
		if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator) && Files.isRegularFile(Path.of(classPath))) {
			return Optional.of(Path.of(classPath).toAbsolutePath());
		}
		return Optional.empty();
	}

	private static String heap(Map<String, String> environment) {
		String heap = environment.getOrDefault("VIGIL_MAX_HEAP", "").strip();
		if (heap.isEmpty()) {
			return DEFAULT_HEAP;
		}
		if (!heap.matches("\\d+[kKmMgG]?")) {
			throw new IllegalArgumentException("VIGIL_MAX_HEAP must be a size such as 512m or 1g, not '" + heap + "'.");
		}
		return heap;
	}

	private static List<String> extra(Map<String, String> environment) {
		String extra = environment.getOrDefault("VIGIL_JAVA_OPTIONS", "").strip();
		return extra.isEmpty() ? List.of() : List.of(extra.split("\\s+"));
	}

}
