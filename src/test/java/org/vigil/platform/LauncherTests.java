package org.vigil.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which commands start again with the optimising compiler (as the server does) rather than the quick start. */
class LauncherTests {

	@Test
	void theStaticExportRunsWithTheOptimisingCompiler() {
		assertThat(Launcher.runsLong(new String[] { "publishing", "export", "--to", "/tmp/site" })).isTrue();
	}

	@Test
	void otherCommandsStartQuickly() {
		assertThat(Launcher.runsLong(new String[] { "audit", "verify" })).isFalse();
		assertThat(Launcher.runsLong(new String[] { "publishing" })).isFalse();
		assertThat(Launcher.runsLong(new String[] { "export", "publishing" })).isFalse();
	}

}
