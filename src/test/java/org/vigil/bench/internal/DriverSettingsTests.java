package org.vigil.bench.internal;

import java.net.URI;
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
		DriverSettings settings = DriverSettings.from(Options.parse(List.of("--clients", "1,8", "--requests", "50")), Optional.of(saved));
		assertThat(settings.token()).isEqualTo("vgl_saved");
		assertThat(settings.password()).isEqualTo("saved-password");
		assertThat(settings.clients()).containsExactly(1, 8);
		assertThat(settings.requests()).isEqualTo(50);
		assertThat(DriverSettings.from(Options.parse(List.of("--token", "vgl_given")), Optional.of(saved)).token()).isEqualTo("vgl_given");
	}

	@Test
	void refusesToRunWithoutAToken() {
		assertThatThrownBy(() -> DriverSettings.from(Options.parse(List.of()), Optional.empty()))
			.isInstanceOf(UsageException.class).hasMessageContaining("--token");
	}

}
