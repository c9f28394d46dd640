package org.vigil.bench.internal;

/**
 * One fixed thing a user does, measured against Vigil and against its bare baseline.
 *
 * @param name a stable identifier used in the results file
 * @param description what one request does
 * @param vigil the request(s) against the server
 * @param baselineDescription what the baseline does directly
 * @param baseline the baseline work
 */
record Scenario(String name, String description, Runner.Task vigil, String baselineDescription, Runner.Task baseline) {
}
