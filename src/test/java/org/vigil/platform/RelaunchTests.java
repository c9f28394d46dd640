package org.vigil.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The options {@code java -jar vigil.jar} starts the server again with: each is read back from a
 * Java started with them ({@code -XX:+PrintFlagsFinal}), so that a misspelt or conflicting option,
 * which would stop the server from starting, fails here.
 */
class RelaunchTests {

	@Test
	void theServerRunsWithABoundedHeapThatStartsSmallAndFollowsItsLiveSet() throws Exception {
		Map<String, String> flags = flagsOf(Relaunch.serverOptions(Map.of()));

		assertThat(flags).containsEntry("MaxHeapSize", Long.toString(512L << 20))
			.containsEntry("InitialHeapSize", Long.toString(64L << 20))
			.containsEntry("MaxNewSize", Long.toString(48L << 20))
			.containsEntry("UseSerialGC", "true")
			.containsEntry("MaxHeapFreeRatio", "20")
			.containsEntry("MaxMetaspaceSize", Long.toString(256L << 20))
			.containsEntry("ReservedCodeCacheSize", Long.toString(96L << 20))
			.containsEntry("MaxDirectMemorySize", Long.toString(64L << 20))
			.containsEntry("TrimNativeHeapInterval", "30000")
			.containsEntry("ShrinkHeapInSteps", "false");
	}

	@Test
	void theOperatorsHeapAndOptionsComeAfterVigilsOwn() throws Exception {
		Map<String, String> flags = flagsOf(Relaunch.serverOptions(Map.of("VIGIL_MAX_HEAP", "1g", "VIGIL_JAVA_OPTIONS",
				"-XX:MaxHeapFreeRatio=50  -XX:+HeapDumpOnOutOfMemoryError")));

		assertThat(flags).containsEntry("MaxHeapSize", Long.toString(1L << 30))
			.containsEntry("MaxHeapFreeRatio", "50")
			.containsEntry("HeapDumpOnOutOfMemoryError", "true");
	}

	@Test
	void aCollectorNamedByTheOperatorReplacesTheSerialOne() throws Exception {
		Map<String, String> flags = flagsOf(Relaunch.serverOptions(Map.of("VIGIL_JAVA_OPTIONS", "-XX:+UseG1GC")));

		assertThat(flags).containsEntry("UseG1GC", "true").containsEntry("UseSerialGC", "false");
	}

	@Test
	void aHeapThatIsNotASizeIsRefusedWithTheVariablesName() {
		assertThatIllegalArgumentException().isThrownBy(() -> Relaunch.serverOptions(Map.of("VIGIL_MAX_HEAP", "half")))
			.withMessageContaining("VIGIL_MAX_HEAP");
	}

	@Test
	void theServerGetsTwoCHeapsUnlessTheOperatorChoseANumber() {
		assertThat(Relaunch.childEnvironment(Map.of())).containsEntry("MALLOC_ARENA_MAX", "2");
		assertThat(Relaunch.childEnvironment(Map.of("MALLOC_ARENA_MAX", "4"))).isEmpty();
	}

	@Test
	void anOperatorCommandStartsWithTheFirstCompilerTierOnly() throws Exception {
		Map<String, String> flags = flagsOf(Relaunch.commandOptions(Map.of()));

		assertThat(flags).containsEntry("TieredStopAtLevel", "1").containsEntry("UseSerialGC", "true");
	}

	/** The final value of every JVM flag of a Java started with these options; fails when Java refuses them. */
	private static Map<String, String> flagsOf(List<String> options) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Relaunch.java());
		command.addAll(options);
		command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
		Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(java.exitValue()).as(output).isZero();
		Map<String, String> flags = new java.util.HashMap<>();
		for (String line : output.lines().toList()) {
			// "     size_t MaxHeapSize                              = 536870912                                 {product} {ergonomic}"
			String[] words = line.strip().split("\\s+");
			if (words.length >= 4 && words[2].equals("=")) {
				flags.put(words[1], words[3]);
			}
		}
		return flags;
	}

}
