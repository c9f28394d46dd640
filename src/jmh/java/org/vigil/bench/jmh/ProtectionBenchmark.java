package org.vigil.bench.jmh;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.vigil.VigilApplication;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.vault.BlindIndex;
import org.vigil.vault.FieldCipher;

/**
 * What protection costs, through the application's own beans on its embedded PostgreSQL: sealing
 * and opening one protected field with a case's data key (cached, as in steady use), the
 * blind-index tokens of a name, and writing one entry to the chained audit log (its own
 * transaction, with the chain head locked).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ProtectionBenchmark {

	private ConfigurableApplicationContext context;

	private FieldCipher cipher;

	private BlindIndex blindIndex;

	private AuditLog audit;

	private final UUID caseId = UUID.randomUUID();

	private final UUID personId = UUID.randomUUID();

	@Setup(Level.Trial)
	public void startVigil() throws Exception {
		String home = Files.createTempDirectory("vigil-jmh").toString();
		context = new SpringApplicationBuilder(VigilApplication.class).web(WebApplicationType.NONE)
			.properties(Map.of("vigil.home", home, "logging.threshold.console", "WARN", "spring.main.banner-mode", "off"))
			.run();
		cipher = context.getBean(FieldCipher.class);
		blindIndex = context.getBean(BlindIndex.class);
		audit = context.getBean(AuditLog.class);
		cipher.encrypt(caseId, "person", personId, "name", "warm-up"); // creates and caches the data key
	}

	@TearDown(Level.Trial)
	public void stopVigil() {
		context.close();
	}

	@Benchmark
	public String encryptAndDecryptOneField() {
		String sealed = cipher.encrypt(caseId, "person", personId, "name", "Kim Chol-su 김철수");
		return cipher.decrypt(caseId, "person", personId, "name", sealed);
	}

	@Benchmark
	public List<String> blindIndexOfAName() {
		return blindIndex.of("Kim Chol-su");
	}

	@Benchmark
	public long auditOneEntry() {
		return audit.record(AuditEvent.of("bench", "case.viewed", "case", caseId, "127.0.0.1"));
	}

}
