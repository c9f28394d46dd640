package org.vigil.bench.internal;

import org.vigil.platform.UsageException;

/**
 * How big the generated dataset is. The defaults follow the benchmark issue: 100 000 cases,
 * 1 000 000 persons and 500 000 sources, and two appeals a case (200 000, with their dispatches and
 * responses).
 *
 * @param cases how many cases to add
 * @param personsPerCase the average number of persons per case, huge cases included
 * @param sourcesPerCase the average number of sources per case
 * @param hugeCases how many cases get hundreds of persons (the "largest case" scenarios)
 * @param seed the random seed, so that the same command makes the same dataset
 * @param appeals how many appeals to add over the cases, with their letters, replies and outcomes ({@link AppealsData})
 * @param publishedItems how many items of the public site to add ({@link PublishedItemsData})
 * @param whereaboutsPerCase the average number of whereabouts entries per case, huge cases included ({@link WhereaboutsData})
 * @param openShare the share of cases left open or monitored, from 0 to 1; {@code null} for the age skew, which closes
 *        most older-looking cases and leaves about a third open ({@link CaseFactory})
 */
record DatasetShape(int cases, double personsPerCase, double sourcesPerCase, int hugeCases, long seed, int appeals, int publishedItems,
		double whereaboutsPerCase, Double openShare) {

	DatasetShape {
		if (cases < 1) {
			throw new UsageException("--cases must be at least 1.");
		}
		if (personsPerCase < 1 || sourcesPerCase < 0) {
			throw new UsageException("--persons-per-case-avg must be at least 1 and --sources-per-case-avg at least 0.");
		}
		if (appeals < 0 || publishedItems < 0) {
			throw new UsageException("--appeals and --published-items must be at least 0.");
		}
		if (!(whereaboutsPerCase >= 0 && whereaboutsPerCase <= 10_000)) {
			throw new UsageException("--whereabouts-per-case-avg must be between 0 and 10000.");
		}
		if (openShare != null && !(openShare >= 0 && openShare <= 1)) {
			throw new UsageException("--open-share must be between 0 and 1.");
		}
	}

	long expectedPersons() {
		return Math.round(cases * personsPerCase);
	}

}
