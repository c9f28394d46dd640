package org.vigil.bench.internal;

import org.vigil.platform.UsageException;

/**
 * How big the generated dataset is. The defaults follow the benchmark issue: 100 000 cases,
 * 1 000 000 persons and 500 000 sources. Whereabouts (3 000 000 entries) and appeals (200 000 with
 * dispatches and responses) join here once their modules exist, each as one more per-case average
 * and one more table writer in {@link CaseBatch}.
 *
 * @param cases how many cases to add
 * @param personsPerCase the average number of persons per case, huge cases included
 * @param sourcesPerCase the average number of sources per case
 * @param hugeCases how many cases get hundreds of persons (the "largest case" scenarios)
 * @param seed the random seed, so that the same command makes the same dataset
 */
record DatasetShape(int cases, double personsPerCase, double sourcesPerCase, int hugeCases, long seed) {

	DatasetShape {
		if (cases < 1) {
			throw new UsageException("--cases must be at least 1.");
		}
		if (personsPerCase < 1 || sourcesPerCase < 0) {
			throw new UsageException("--persons-per-case-avg must be at least 1 and --sources-per-case-avg at least 0.");
		}
	}

	long expectedPersons() {
		return Math.round(cases * personsPerCase);
	}

}
