/**
 * The benchmark harness, kept out of the product (its own source set, {@code src/bench/java},
 * packaged as {@code target/vigil-bench.jar}): the {@code bench} command that fills a benchmark
 * database with a large, realistically skewed dataset through the application's own API
 * ({@code bench generate}), and a loopback load driver that measures fixed scenarios against a
 * running server side by side with the bare database work each one needs ({@code bench run}).
 * It uses the other modules only through their published API; nothing depends on it. See
 * docs/benchmarks.md.
 */
package org.vigil.bench;
