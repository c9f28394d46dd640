package org.vigil.cases.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Small code that runs for every case read or written: the reference text and the themes column
 * (parsed on every load of a case, written on every save).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CaseHotCodeBenchmark {

	private final ThemesConverter converter = new ThemesConverter();

	private final String column = "refugees; forced return; arbitrary detention; torture";

	private final Set<String> themes = new LinkedHashSet<>(ThemesConverter.parse(column));

	private int number = 1;

	@Benchmark
	public String formatReference() {
		return CaseReferences.format("CN", number++ & 0xFFFF, 2026);
	}

	@Benchmark
	public Set<String> parseThemes() {
		return converter.convertToEntityAttribute(column);
	}

	@Benchmark
	public String writeThemes() {
		return converter.convertToDatabaseColumn(themes);
	}

}
