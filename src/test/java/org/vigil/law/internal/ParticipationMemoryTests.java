package org.vigil.law.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.law.InstrumentCode;
import org.vigil.law.ParticipationStatus;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The obligations engine reads state participation from memory. A change made on another node (here
 * written straight to the table, as that node's import would) is read within a second; a change made
 * on this node is read as soon as it commits; until either, the rows held are the ones used.
 */
class ParticipationMemoryTests extends WebIntegrationTest {

	private static final List<String> STATES = List.of("TV");

	@Autowired
	private TransactionTemplate transactions;

	private final AtomicLong now = new AtomicLong();

	private ParticipationMemory memory;

	private String status;

	@BeforeEach
	void holdTheTable() {
		memory = new ParticipationMemory(JdbcClient.create(jdbc), now::get);
		status = jdbc.queryForObject("select status from law_participation where state = 'TV' and instrument = 'CED'", String.class);
	}

	@AfterEach
	void putTheRowBack() {
		jdbc.update("update law_participation set status = ? where state = 'TV' and instrument = 'CED'", status);
	}

	private ParticipationStatus held() {
		return memory.tableOf(STATES).of("TV", InstrumentCode.CED).status();
	}

	private String other() {
		return status.equals("PARTY") ? "SIGNATORY" : "PARTY";
	}

	@Test
	void anotherNodesChangeIsReadOnceASecondHasPassed() {
		assertThat(held()).hasToString(status);
		jdbc.update("update law_participation set status = ? where state = 'TV' and instrument = 'CED'", other());

		now.addAndGet(ParticipationMemory.CHECKED_EVERY.toNanos() - 1);
		assertThat(held()).as("within the second, the rows held").hasToString(status);
		now.addAndGet(1);
		assertThat(held()).as("a second on, the revision has moved and the table is read again").hasToString(other());
	}

	@Test
	void thisNodesOwnChangeIsReadAsSoonAsItCommits() {
		assertThat(held()).hasToString(status);
		transactions.executeWithoutResult(tx -> {
			jdbc.update("update law_participation set status = ? where state = 'TV' and instrument = 'CED'", other());
			memory.changed();
			assertThat(held()).as("not before the change commits").hasToString(status);
		});
		assertThat(held()).hasToString(other());
	}

	@Test
	void aStateWithNoRowsIsUnknownNotAnError() {
		assertThat(memory.tableOf(List.of("ZZ")).of("ZZ", InstrumentCode.CAT).status()).isEqualTo(ParticipationStatus.NONE);
	}

}
