package org.vigil.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped starting directory ({@code src/main/resources/directory/authorities.csv}, see
 * SOURCES.md there) the first time Vigil serves with an empty directory. Only a server does this,
 * never an operator command: a restore must find the directory as empty as the rest, and then
 * brings the organisation's own directory back. The entries' first version is in their history as
 * made by {@code system}.
 */
@Component
@ConditionalOnWebApplication
class DirectoryStartingData {

	static final String RESOURCE = "/directory/authorities.csv";

	private static final Logger log = LoggerFactory.getLogger(DirectoryStartingData.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final DirectoryImports imports;

	private final DirectoryRecords records;

	DirectoryStartingData(JdbcTemplate jdbc, TransactionTemplate transactions, DirectoryImports imports, DirectoryRecords records) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.imports = imports;
		this.records = records;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadWhenServing() {
		load();
	}

	void load() {
		transactions.executeWithoutResult(status -> {
			// One server at a time: a second node starting at the same moment waits, then finds the data.
			jdbc.execute("select pg_advisory_xact_lock(4242140)");
			if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from directory_authorities)", Boolean.class))) {
				return;
			}
			DirectoryCsv.Read read = DirectoryCsv.read(shipped(), records.today());
			if (read.problem() != null) {
				throw new IllegalStateException("The shipped directory is refused at line " + read.problem().line() + ", column "
						+ read.problem().column() + ": " + read.problem().reason().rule());
			}
			DirectoryImports.Imported loaded = imports.store(read.rows(), records.today());
			log.info("Loaded the shipped starting directory: {} entries", loaded.created());
		});
	}

	static byte[] shipped() {
		try (InputStream in = DirectoryStartingData.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
