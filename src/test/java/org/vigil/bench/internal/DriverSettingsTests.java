package org.vigil.bench.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vigil.platform.UsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DriverSettingsTests {

	@Test
	void acceptsOnlyLoopbackAddresses() {
		DriverSettings.requireLoopback(URI.create("http://127.0.0.1:8080"));
		DriverSettings.requireLoopback(URI.create("http://localhost:8080"));
		DriverSettings.requireLoopback(URI.create("http://[::1]:8080"));
		assertThatThrownBy(() -> DriverSettings.requireLoopback(URI.create("http://192.0.2.10:8080")))
			.isInstanceOf(UsageException.class).hasMessageContaining("loopback");
		assertThatThrownBy(() -> DriverSettings.requireLoopback(URI.create("https://127.0.0.1:8443")))
			.isInstanceOf(UsageException.class);
	}

	@Test
	void takesTheTokenAndPasswordSavedByTheGeneratorUnlessGiven() {
		BenchCredentials saved = new BenchCredentials("bench", "saved-password", "vgl_saved", null);
		DriverSettings settings = given(null).completedWith(Optional.of(saved));
		assertThat(settings.token()).isEqualTo("vgl_saved");
		assertThat(settings.password()).isEqualTo("saved-password");
		assertThat(settings.clients()).containsExactly(1, 8);
		assertThat(settings.requests()).isEqualTo(50);
		assertThat(given("vgl_given").completedWith(Optional.of(saved)).token()).isEqualTo("vgl_given");
	}

	@Test
	void refusesClientCountsOutOfRange() {
		DriverSettings tooMany = new DriverSettings(URI.create("http://127.0.0.1:8080"), "vgl_given", null, null, List.of(1, 65), 50, 10,
				Path.of("results.json"), null, null, null, List.of(), null);
		assertThatThrownBy(() -> tooMany.completedWith(Optional.empty())).isInstanceOf(UsageException.class).hasMessageContaining("--clients");
	}

	/** As the command line gives them: 1 and 8 clients, 50 requests, the token if given. */
	private static DriverSettings given(String token) {
		return new DriverSettings(URI.create("http://127.0.0.1:8080"), token, null, null, List.of(1, 8), 50, 10, Path.of("results.json"),
				null, null, null, List.of(), null);
	}

	@Test
	void refusesToRunWithoutAToken() {
		assertThatThrownBy(() -> given(null).completedWith(Optional.empty()))
			.isInstanceOf(UsageException.class).hasMessageContaining("--token");
	}

}
