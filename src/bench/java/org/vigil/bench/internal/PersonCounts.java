package org.vigil.bench.internal;

import java.util.SplittableRandom;

/**
 * How many persons and sources each generated case gets. A few huge cases hold hundreds of
 * persons (the largest exactly {@link #LARGEST} when the budget allows); the others follow a
 * geometric distribution — most cases have one to three persons, a few dozens — whose mean spends
 * the rest of the budget.
 */
final class PersonCounts {

	static final int LARGEST = 800;

	private final SplittableRandom random;

	private final DatasetShape shape;

	private final int hugeSize;

	private final double regularMean;

	PersonCounts(SplittableRandom random, DatasetShape shape) {
		this.random = random;
		this.shape = shape;
		long budget = shape.expectedPersons();
		// No huge case at all (--huge-cases 0) leaves the whole budget to the regular ones.
		this.hugeSize = shape.hugeCases() == 0 ? 0 : (int) Math.max(1, Math.min(LARGEST, budget * 3 / 10 / shape.hugeCases()));
		long rest = Math.max(0, budget - (long) hugeSize * shape.hugeCases());
		int regularCases = shape.cases() - shape.hugeCases();
		this.regularMean = regularCases == 0 ? 1 : Math.max(1.0, (double) rest / regularCases);
	}

	/** Huge cases come first, so that the largest case exists even in a tiny dataset. */
	boolean isHuge(int caseIndex) {
		return caseIndex < shape.hugeCases();
	}

	int persons(int caseIndex) {
		if (isHuge(caseIndex)) {
			return caseIndex == 0 ? hugeSize : Math.max(1, hugeSize / 2 + random.nextInt(Math.max(1, hugeSize / 2)));
		}
		return 1 + geometric(regularMean - 1);
	}

	int sources(int caseIndex) {
		if (isHuge(caseIndex)) {
			return (int) Math.round(shape.sourcesPerCase() * 10);
		}
		return geometric(shape.sourcesPerCase());
	}

	/** A count of failures before a success, with the given mean. */
	private int geometric(double mean) {
		if (mean <= 0) {
			return 0;
		}
		double p = 1 / (mean + 1);
		return (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p));
	}

}
