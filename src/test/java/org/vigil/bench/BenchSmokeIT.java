package org.vigil.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigil.support.FreePort;
import org.vigil.support.OperatorShell;
import org.vigil.support.TestMailServer;
import org.vigil.vault.FieldCipher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the benchmark harness from rotting: a tiny dataset written through the API, a few requests
 * per scenario, and a results file in which every scenario ran without errors. It never looks at a
 * time.
 */
// A context of its own (the property sets it apart), so a database of its own: bench generate
// refuses a database that other tests have written cases into, as it would a real one.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vigil.test.context=bench-smoke")
class BenchSmokeIT {

	private static final Set<String> SCENARIOS = Set.of("case-api-typical", "case-api-largest", "persons-largest",
			"case-list-filtered", "case-create-with-persons", "login", "case-page-html-typical", "case-page-html-largest",
			"obligations-typical", "place-resolution", "distance-to-country", "whereabouts-largest", "watch-list", "appeals-report",
			"draft-and-pdf-sample", "public-item", "public-country", "public-home", "public-search", "public-feed");

	/** The mail peer the mail steps start, where this context sends letters and reads replies. */
	static final int SMTP_PORT = FreePort.pick();

	static final int IMAP_PORT = FreePort.pick();

	static final String MAILBOX = "replies@bench.example.org";

	static final String MAILBOX_PASSWORD = "bench smoke mailbox";

	@DynamicPropertySource
	static void mailPeer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		TestMailServer.allowPlainText(registry);
		registry.add("vigil.dispatch.imap.host", () -> "127.0.0.1");
		registry.add("vigil.dispatch.imap.port", () -> IMAP_PORT);
		registry.add("vigil.dispatch.imap.ssl", () -> "false");
		registry.add("vigil.dispatch.imap.username", () -> MAILBOX);
		registry.add("vigil.dispatch.imap.password", () -> MAILBOX_PASSWORD);
		registry.add("vigil.dispatch.imap.fetch-every", () -> "PT1H");
	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FieldCipher cipher;

	@Test
	void generatesATinyDatasetAndMeasuresEveryScenarioWithoutErrors() throws Exception {
		Path results = Path.of("target", "bench", "smoke-results.json");
		assertThat(bench("generate", "--cases", "20", "--published-items", "60", "--seed", "7", "--url", "http://127.0.0.1:" + port)).contains("Wrote 20 cases");
		assertThat(anIdentityOpensAsTheApplicationOpensIt()).isNotBlank();
		assertThat(jdbc.sql("select count(*) from audit_entries where action = 'case.opened' and actor = 'bench'").query(Long.class).single())
			.as("the audit log records the generated cases as it records anyone's").isEqualTo(20);

		bench("run", "--url", "http://127.0.0.1:" + port, "--clients", "1,2", "--requests", "6", "--warmup", "2", "--out",
				results.toString());

		JsonNode json = JsonMapper.builder().build().readTree(results.toFile());
		List<String> measured = new ArrayList<>();
		for (JsonNode result : json.get("results")) {
			measured.add(result.get("scenario").asString() + "@" + result.get("clients").asInt());
			assertThat(result.get("vigil").get("errors").asInt()).as(result.get("scenario").asString()).isZero();
			assertThat(result.get("baseline").get("errors").asInt()).as(result.get("scenario").asString() + " baseline").isZero();
			assertThat(result.get("vigil").get("requests").asInt()).isEqualTo(6);
		}
		for (String scenario : SCENARIOS) {
			assertThat(measured).contains(scenario + "@1", scenario + "@2");
		}
		assertThat(json.get("skipped").isEmpty()).as(json.get("skipped").toString()).isTrue();
		assertThat(json.get("dataset").get("cases").asLong()).isGreaterThanOrEqualTo(20);

		String[] peer = { "--url", "http://127.0.0.1:" + port, "--smtp-port", Integer.toString(SMTP_PORT), "--imap-port",
				Integer.toString(IMAP_PORT), "--mailbox", MAILBOX, "--mailbox-password", MAILBOX_PASSWORD };
		assertThat(bench(concat(new String[] { "mail", "--letters", "3", "--replies", "6", "--warmup", "3" }, peer)))
			.contains("dispatch-throughput: 3 letters with PDF").contains("received 6 messages in all, 6 distinct Message-IDs, 6 with a PDF")
			.contains("reply-intake: 6 replies read").contains("(4 matched to the appeal, 2 left in triage)");
	}

	private static String[] concat(String[] step, String[] options) {
		return java.util.stream.Stream.concat(java.util.Arrays.stream(step), java.util.Arrays.stream(options)).toArray(String[]::new);
	}

	/** The application sealed the generated names as it seals anyone's: a person's own key, record type "person". */
	private String anIdentityOpensAsTheApplicationOpensIt() {
		Map<String, Object> person = jdbc.sql("select id, name from persons where name is not null limit 1").query().singleRow();
		UUID id = (UUID) person.get("id");
		String sealed = (String) person.get("name");
		assertThat(sealed).startsWith("v1:");
		return cipher.decrypt(id, "person", id, "name", sealed);
	}

	private String bench(String... args) {
		OperatorShell.Ran ran = OperatorShell.run(context, java.util.stream.Stream.concat(java.util.stream.Stream.of("bench"),
				java.util.Arrays.stream(args)).toArray(String[]::new));
		System.out.print(ran.out());
		assertThat(ran.exit()).as(ran.all()).isZero();
		return ran.out();
	}

}
