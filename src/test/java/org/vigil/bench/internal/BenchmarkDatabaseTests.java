package org.vigil.bench.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vigil.platform.UsageException;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Nobody fills an organisation's database with synthetic cases by mistake. */
class BenchmarkDatabaseTests extends WebIntegrationTest {

	@Autowired
	BenchmarkDatabase database;

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

}
