package org.vigil.bench.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id with Vigil's production parameters (salt 16 B, hash 32 B, 1 lane, 19 MiB, 2 iterations;
 * see SecurityConfiguration): what each password login and each new password costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class PasswordHashBenchmark {

	private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);

	private final String password = "correct horse battery staple";

	private String hash;

	@Setup
	public void setUp() {
		hash = encoder.encode(password);
	}

	@Benchmark
	public String hashPassword() {
		return encoder.encode(password);
	}

	@Benchmark
	public boolean verifyPassword() {
		return encoder.matches(password, hash);
	}

}
