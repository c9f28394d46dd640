package org.vigil.bench.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.platform.UsageException;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Nobody fills an organisation's database with synthetic cases by mistake. */
class BenchmarkDatabaseTests extends WebIntegrationTest {

	@Autowired
	BenchmarkDatabase database;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDatabaseThatHoldsDataIsRefusedUnlessTheOperatorSaysItIsNotProductionAndIsThenMarked() {
		user(newTeam());
		assertThat(database.marked()).isFalse();
		assertThatThrownBy(() -> database.claim(false)).isInstanceOf(UsageException.class)
			.hasMessageContaining("not a benchmark database").hasMessageContaining("--i-know-this-is-not-production");
		assertThat(database.marked()).isFalse();

		database.claim(true);
		assertThat(database.marked()).isTrue();
		database.claim(false); // marked: accepted from now on
	}

	@Test
	void aMeasurementStartsOnADatabaseThatFlushesEveryCommitEvenAfterAGenerationStoppedHalfWay() {
		database.claim(true);
		database.acknowledgeBeforeFlush(); // as a generation does, and a killed one leaves it

		assertThat(database.restoreProductCommits()).isTrue();
		assertThat(databaseSettings()).doesNotContain("synchronous_commit=off");
		assertThat(database.restoreProductCommits()).isFalse();
	}

	private String databaseSettings() {
		return jdbc.sql("""
				select coalesce(string_agg(c, ','), '') from pg_db_role_setting s join pg_database d on d.oid = s.setdatabase,
				  unnest(s.setconfig) c where d.datname = current_database() and s.setrole = 0""").query(String.class).single();
	}

}
