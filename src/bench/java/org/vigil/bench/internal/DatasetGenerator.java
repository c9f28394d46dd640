package org.vigil.bench.internal;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;
import org.vigil.platform.UsageException;
import org.vigil.platform.VigilProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench generate}: adds a large, skewed dataset to a benchmark database through the
 * application's own API, as researchers' clients would: the server seals every identity, keeps the
 * blind-index tokens, the history and the audit log itself, so the harness carries no copy of how
 * any of that is done. Several writers send cases side by side; the report gives the rate.
 * Generated cases belong to the bench team, so the bench user sees all of them.
 */
@Component
class DatasetGenerator {

	private final DataSource dataSource;

	private final BenchAccount account;

	private final BenchmarkDatabase database;

	private final VigilProperties properties;

	private final JsonMapper json = JsonMapper.builder().build();

	DatasetGenerator(DataSource dataSource, BenchAccount account, BenchmarkDatabase database, VigilProperties properties) {
		this.dataSource = dataSource;
		this.account = account;
		this.database = database;
		this.properties = properties;
	}

	/** Where the cases go: a server already running on this database, or one to launch for the run. */
	record Target(URI url, Path launch, Duration launchWait, int writers, Duration requestTimeout, boolean notProduction) {
	}

	/** Answers what was written. */
	GenerationReport generate(DatasetShape shape, Target target, PrintWriter out) {
		database.claim(target.notProduction());
		BenchCredentials credentials = account.prepare(out);
		// A server launched here connects afterwards, so its sessions take this; one given by --url keeps its own.
		database.acknowledgeBeforeFlush();
		try (ServerProcess launched = target.url() == null ? ServerProcess.launch(target.launch(), properties.home(),
				Path.of("target", "bench"), List.of(), target.launchWait()) : null) {
			URI url = launched != null ? launched.url() : target.url();
			ApiClient api = new ApiClient(url, credentials.token(), target.requestTimeout());
			if (!api.get("/api/cases?size=1")) {
				throw new UsageException("The server at " + url + " does not accept the bench user's new token: it does not use "
						+ "this database (VIGIL_HOME or VIGIL_DATABASE_URL). Give --url of the server on this database, or --launch.");
			}
			PersonCounts counts = new PersonCounts(new SplittableRandom(shape.seed()), shape);
			out.printf("Generating %,d cases (about %,d persons, %,d sources) through the API at %s with %d writers…%n", shape.cases(),
					shape.expectedPersons(), Math.round(shape.cases() * shape.sourcesPerCase()), url, target.writers());
			out.flush();
			WhereaboutsData whereabouts = new WhereaboutsData(shape);
			GenerationReport report = send(shape, counts, api, whereabouts, target.writers(), out);
			DraftingScenarios.approveLetters(url, credentials.token(), account.reviewer(), dataSource, out);
			out.println(report.summary());
			AppealsData.write(dataSource, BenchAccount.TEAM, shape.appeals(), shape.seed(), out);
			PublishedItemsData.write(dataSource, shape.publishedItems(), shape.seed(), out);
			vacuumAnalyze(out);
			return report;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while generating", ex);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Generating the dataset failed: " + ex.getMessage(), ex);
		}
		finally {
			database.flushEveryCommit();
		}
	}

	private GenerationReport send(DatasetShape shape, PersonCounts counts, ApiClient api, WhereaboutsData whereabouts, int writers,
			PrintWriter out)
			throws InterruptedException {
		CaseFactory factory = new CaseFactory(shape.seed(), shape.openShare());
		AtomicInteger next = new AtomicInteger();
		AtomicLong persons = new AtomicLong();
		AtomicLong requests = new AtomicLong();
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(writers, r -> new Thread(r, "bench-writer"));
		List<Future<?>> running = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			running.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < shape.cases(); i = next.getAndIncrement()) {
					CaseFactory.Invented invented = factory.invent(i, counts.persons(i), counts.sources(i));
					requests.addAndGet(write(api, invented, whereabouts, i, counts.isHuge(i), shape.seed()));
					long done = persons.addAndGet(invented.persons().size());
					if ((i + 1) % 1_000 == 0) {
						double seconds = (System.nanoTime() - started) / 1e9;
						synchronized (out) {
							out.printf("  %,d / %,d cases, %,d persons, %,.0f requests/s%n", i + 1, shape.cases(), done, requests.get() / seconds);
							out.flush();
						}
					}
				}
				return null;
			}));
		}
		pool.shutdown();
		try {
			for (Future<?> writer : running) {
				writer.get();
			}
		}
		catch (java.util.concurrent.ExecutionException ex) {
			pool.shutdownNow();
			throw new IllegalStateException("Generating the dataset failed: " + ex.getCause().getMessage(), ex.getCause());
		}
		return new GenerationReport(shape.cases(), persons.get(), requests.get(), (System.nanoTime() - started) / 1e9);
	}

	/** One case: the case, its persons, its sources (each linked to one person), its whereabouts; answers the requests sent. */
	private long write(ApiClient api, CaseFactory.Invented invented, WhereaboutsData whereabouts, int index, boolean huge, long seed)
			throws Exception {
		String caseId = api.created("/api/cases", json.writeValueAsString(invented.caseFile()));
		List<String> personIds = new ArrayList<>(invented.persons().size());
		for (Map<String, Object> person : invented.persons()) {
			personIds.add(api.created("/api/cases/" + caseId + "/persons", json.writeValueAsString(person)));
		}
		for (int i = 0; i < invented.sources().size(); i++) {
			Map<String, Object> source = new java.util.LinkedHashMap<>(invented.sources().get(i));
			int person = invented.sourcePerson().get(i);
			source.put("personIds", person < 0 ? List.of() : List.of(personIds.get(person)));
			api.created("/api/cases/" + caseId + "/sources", json.writeValueAsString(source));
		}
		long entries = whereabouts.write(api, caseId, invented, personIds, index, huge, seed);
		return 1L + personIds.size() + invented.sources().size() + entries;
	}

	/**
	 * Brings statistics and the visibility map up to date, as autovacuum would after a while, so that
	 * measurements start from a settled database. Not part of the reported rate.
	 */
	private void vacuumAnalyze(PrintWriter out) {
		long started = System.nanoTime();
		try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
			statement.execute("vacuum (analyze)");
		}
		catch (SQLException ex) {
			out.println("Could not vacuum and analyse the database: " + ex.getMessage());
			return;
		}
		out.printf("Vacuumed and analysed in %.1f s.%n", (System.nanoTime() - started) / 1e9);
	}

	/** What one generation wrote, and how fast. */
	record GenerationReport(int cases, long persons, long requests, double seconds) {

		String summary() {
			return String.format("Wrote %,d cases, %,d persons through %,d API requests in %.1f s: %,.0f requests/s, %,.0f persons/s, "
					+ "%,.0f cases/s.", cases, persons, requests, seconds, requests / seconds, persons / seconds, cases / seconds);
		}

	}

}
