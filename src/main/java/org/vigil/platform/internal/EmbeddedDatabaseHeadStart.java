package org.vigil.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

/**
 * For an operator command that starts on its own: the embedded PostgreSQL starts on a thread of
 * its own while Spring reads the configuration, instead of after it, and the application's
 * {@link EmbeddedDatabase} bean takes it over. Whoever begins one closes it ({@link #close}): a
 * database the application never took (it failed to start first) is stopped there.
 */
public final class EmbeddedDatabaseHeadStart implements AutoCloseable {

	static final String BEAN = "vigilEmbeddedDatabaseHeadStart";

	private final Path home;

	private final CompletableFuture<EmbeddedDatabase> starting;

	private boolean taken;

	private EmbeddedDatabaseHeadStart(Path home, int webPort) {
		this.home = home;
		this.starting = new CompletableFuture<>();
		Thread starter = new Thread(() -> {
			try {
				starting.complete(EmbeddedDatabase.open(home, webPort));
			}
			catch (IOException | RuntimeException ex) {
				starting.completeExceptionally(ex);
			}
		}, "vigil-database-start");
		starter.setDaemon(true);
		starter.start();
	}

	/**
	 * Starts the embedded database of the context's home, when its settings name no other database
	 * (a context not yet refreshed: its environment is ready, its beans are not).
	 */
	public static Optional<EmbeddedDatabaseHeadStart> begin(ConfigurableApplicationContext context) {
		var environment = context.getEnvironment();
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return Optional.empty();
		}
		Path home = Binder.get(environment).bind("vigil.home", Path.class).orElse(Path.of("vigil-data")).toAbsolutePath();
		EmbeddedDatabaseHeadStart start = new EmbeddedDatabaseHeadStart(home, EmbeddedDatabaseConfiguration.webPort(environment));
		context.getBeanFactory().registerSingleton(BEAN, start);
		return Optional.of(start);
	}

	/** The database started for {@code home}, now the caller's to close; empty when it was started for another. */
	synchronized Optional<EmbeddedDatabase> take(Path home) throws IOException {
		if (taken || !this.home.equals(home)) {
			return Optional.empty();
		}
		taken = true;
		return Optional.of(started());
	}

	private EmbeddedDatabase started() throws IOException {
		try {
			return starting.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while the embedded database started", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			throw new IOException("The embedded database could not start: " + ex.getCause().getMessage(), ex.getCause());
		}
	}

	@Override
	public synchronized void close() {
		if (taken) {
			return;
		}
		taken = true;
		try {
			started().close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
