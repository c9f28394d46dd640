/**
 * The benchmark harness: the {@code bench} operator command that fills a database with a large,
 * realistically skewed dataset through the application's own tables ({@code bench generate}), and a
 * loopback load driver that measures fixed scenarios against a running server side by side with the
 * bare database work each one needs ({@code bench run}). It depends on the other modules only
 * through their published API and their tables; nothing depends on it. See docs/benchmarks.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benchmarks")
package org.vigil.bench;
