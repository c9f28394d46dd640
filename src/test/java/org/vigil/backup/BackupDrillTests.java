package org.vigil.backup;

import org.vigil.support.OperatorShell;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vigil.VigilApplication;
import org.vigil.accounts.AccountAdministration;
import org.vigil.accounts.Role;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;
import org.vigil.audit.AuditVerifier;
import org.vigil.platform.Command;
import org.vigil.support.TestDatabaseInitializer;
import org.vigil.vault.CaseKeys;
import org.vigil.vault.FieldCipher;
import org.vigil.vault.KeyDestroyedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The restore drill an operator should run regularly, as a test: data → backup → a new empty
 * database beside the same keys folder → restore → the same data, an intact audit chain, and a
 * case shredded after the backup still unreadable, and an evidence file read back as it was uploaded.
 */
class BackupDrillTests {

	private static final String MARKER = "Marker-Ri-Chol-" + UUID.randomUUID();

	/** Checked apart: case keys (one is shredded on restore) and the audit log (the restore adds to it). */
	private static final Set<String> CHECKED_APART = Set.of("flyway_schema_history", "case_keys", "audit_entries", "audit_head",
			"audit_checkpoints");

	@TempDir
	Path home;

	@TempDir
	Path offSite;

	private final UUID keptCase = UUID.randomUUID();

	private final UUID shreddedCase = UUID.randomUUID();

	private final UUID person = UUID.randomUUID();

	@Test
	void aRestoredBackupHoldsTheSameDataAndACaseShreddedAfterwardsStaysUnreadable() throws Exception {
		Path archive = offSite.resolve("vigil-1.backup");
		Map<String, String> before;
		String keptValue;
		String shreddedValue;
		long lastEntryBackedUp;
		Files.createDirectories(home.resolve("files/evidence"));
		Files.writeString(home.resolve("files/evidence/report.bin"), "already encrypted evidence");
		try (ConfigurableApplicationContext vigil = startWithSampleCase(TestDatabaseInitializer.createDatabase())) {
			vigil.getBean(AccountAdministration.class).createUser("researcher", Set.of(Role.RESEARCHER), "Asia",
					"a long enough password".toCharArray());
			vigil.getBean(AccountAdministration.class).issueToken("researcher");
			FieldCipher cipher = vigil.getBean(FieldCipher.class);
			keptValue = cipher.encrypt(keptCase, "person", person, "name", MARKER);
			shreddedValue = cipher.encrypt(shreddedCase, "person", person, "name", MARKER);
			AuditLog audit = vigil.getBean(AuditLog.class);
			audit.record(AuditEvent.of("researcher", "case.viewed", "case", keptCase, "127.0.0.1"));
			audit.record(AuditEvent.of("researcher", "identity.revealed", "person", person, "127.0.0.1"));
			JdbcTemplate jdbc = vigil.getBean(JdbcTemplate.class);
			before = snapshot(jdbc);
			lastEntryBackedUp = jdbc.queryForObject("select max(id) from audit_entries", Long.class);

			Run backup = run(vigil, "backup", "--to", archive.toString());
			assertThat(backup.exit()).as(backup.all()).isZero();
			assertThat(vigil.getBean(CaseKeys.class).shred(shreddedCase).name()).isEqualTo("SHREDDED");
		}

		byte[] bytes = Files.readAllBytes(archive);
		assertThat(contains(bytes, MARKER.getBytes(StandardCharsets.UTF_8))).as("marker in the archive").isFalse();
		assertThat(contains(bytes, "already encrypted evidence".getBytes(StandardCharsets.UTF_8))).isFalse();
		for (byte[] secret : keyMaterial(home.resolve("keys/master-key.json"))) {
			assertThat(contains(bytes, secret)).as("master key bytes in the archive").isFalse();
		}

		// The wipe: everything but the keys folder is gone, and the new database is empty.
		org.springframework.util.FileSystemUtils.deleteRecursively(home.resolve("files"));
		try (ConfigurableApplicationContext restored = start(TestDatabaseInitializer.createDatabase())) {
			Run restore = run(restored, "restore", "--from", archive.toString());
			assertThat(restore.exit()).as(restore.all()).isZero();
			assertThat(restore.out()).contains("Destroyed again the data keys of 1 case(s)").contains("Audit chain: intact");

			JdbcTemplate jdbc = restored.getBean(JdbcTemplate.class);
			assertThat(snapshot(jdbc)).isEqualTo(before);
			assertThat(jdbc.queryForObject("select count(*) from audit_entries where id <= ?", Long.class, lastEntryBackedUp))
				.isEqualTo(lastEntryBackedUp);
			assertThat(Files.readString(home.resolve("files/evidence/report.bin"))).isEqualTo("already encrypted evidence");
			assertThat(restored.getBean(AuditVerifier.class).verify().intact()).isTrue();

			FieldCipher cipher = restored.getBean(FieldCipher.class);
			assertThat(cipher.decrypt(keptCase, "person", person, "name", keptValue)).isEqualTo(MARKER);
			assertThatThrownBy(() -> cipher.decrypt(shreddedCase, "person", person, "name", shreddedValue))
				.isInstanceOf(KeyDestroyedException.class);

			Run again = run(restored, "restore", "--from", archive.toString());
			assertThat(again.exit()).isEqualTo(1);
			assertThat(again.err()).contains("already holds data");
		}
	}

	@Test
	void anEvidenceFileUploadedBeforeTheBackupIsReadAfterTheRestoreAsItWas() throws Exception {
		Path archive = offSite.resolve("vigil-files.backup");
		byte[] photo = ("JFIF photo of " + MARKER).getBytes(StandardCharsets.UTF_8);
		String database = TestDatabaseInitializer.createDatabase();
		String caseId;
		String fileId;
		String token;
		try (ConfigurableApplicationContext vigil = startServer(database)) {
			AccountAdministration accounts = vigil.getBean(AccountAdministration.class);
			accounts.createUser("researcher", Set.of(Role.RESEARCHER), "Asia", "a long enough password".toCharArray());
			token = accounts.issueToken("researcher");
			givePasskey(vigil.getBean(JdbcTemplate.class), "researcher"); // revealing identities takes one
			Http http = new Http(vigil, token);
			caseId = http.id(http.json("POST", "/api/cases", "{\"title\": \"Evidence drill\", \"countryOfCustody\": \"CN\", "
					+ "\"countryOfFearedReturn\": \"KP\", \"priority\": \"URGENT\"}", 201));
			fileId = http.id(http.upload("/api/cases/" + caseId + "/files", "photo of " + MARKER + ".jpg", photo, 201));
			Run backup = run(vigil, "backup", "--to", archive.toString());
			assertThat(backup.exit()).as(backup.all()).isZero();
			assertThat(backup.out()).contains(" 1 file(s)");
		}
		assertThat(contains(Files.readAllBytes(archive), MARKER.getBytes(StandardCharsets.UTF_8))).as("marker in the archive").isFalse();

		org.springframework.util.FileSystemUtils.deleteRecursively(home.resolve("files"));
		String restoredDatabase = TestDatabaseInitializer.createDatabase();
		try (ConfigurableApplicationContext restoring = start(restoredDatabase)) {
			Run restore = run(restoring, "restore", "--from", archive.toString());
			assertThat(restore.exit()).as(restore.all()).isZero();
		}
		assertThat(home.resolve("files").resolve(caseId).resolve(fileId)).exists();
		try (ConfigurableApplicationContext restored = startServer(restoredDatabase)) {
			Http http = new Http(restored, token);
			http.json("GET", "/api/cases/" + caseId + "/files/" + fileId, null, 403);
			http.json("POST", "/api/cases/" + caseId + "/reveal",
					"{\"reason\": \"Checking the restored evidence\", \"password\": \"a long enough password\"}", 200);
			java.net.http.HttpResponse<byte[]> download = http.send(http.request("/api/cases/" + caseId + "/files/" + fileId).GET());
			assertThat(download.statusCode()).isEqualTo(200);
			assertThat(download.body()).isEqualTo(photo);
			assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("photo of " + MARKER + ".jpg");
		}
	}

	@Test
	void anAlteredArchiveIsRefusedAndLeavesTheDatabaseEmpty() throws Exception {
		Path archive = offSite.resolve("vigil.backup");
		try (ConfigurableApplicationContext vigil = start(TestDatabaseInitializer.createDatabase())) {
			vigil.getBean(AccountAdministration.class).createUser("someone", Set.of(Role.RESEARCHER), "Asia",
					"a long enough password".toCharArray());
			assertThat(run(vigil, "backup", "--to", archive.toString()).exit()).isZero();
			Run overwrite = run(vigil, "backup", "--to", archive.toString());
			assertThat(overwrite.exit()).isEqualTo(1);
			assertThat(overwrite.err()).contains("already exists");
		}
		byte[] bytes = Files.readAllBytes(archive);
		bytes[bytes.length / 2] ^= 0x01;
		Path altered = offSite.resolve("altered.backup");
		Files.write(altered, bytes);
		Path cut = offSite.resolve("cut.backup");
		Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(archive), bytes.length - 100));

		try (ConfigurableApplicationContext empty = start(TestDatabaseInitializer.createDatabase())) {
			for (Path bad : List.of(altered, cut)) {
				Run restore = run(empty, "restore", "--from", bad.toString());
				assertThat(restore.exit()).as(restore.all()).isEqualTo(1);
				assertThat(restore.err()).contains("Restore refused").contains("cannot be read");
			}
			assertThat(empty.getBean(JdbcTemplate.class).queryForObject("select count(*) from users", Long.class)).isZero();
			Run missing = run(empty, "restore");
			assertThat(missing.exit()).isEqualTo(2);
		}
	}

	private ConfigurableApplicationContext start(String databaseUrl, String... extra) {
		List<String> args = new ArrayList<>(List.of("--vigil.home=" + home, "--spring.datasource.url=" + databaseUrl,
				"--spring.datasource.username=postgres", "--spring.datasource.password="));
		args.addAll(List.of(extra));
		return new SpringApplicationBuilder(VigilApplication.class).web(WebApplicationType.NONE).run(args.toArray(String[]::new));
	}

	/** Vigil as a server on a free port with its sample case, which only a server makes (not an operator command). */
	private ConfigurableApplicationContext startWithSampleCase(String databaseUrl) {
		return new SpringApplicationBuilder(VigilApplication.class).web(WebApplicationType.SERVLET).run("--vigil.home=" + home,
				"--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--server.port=0", "--demo");
	}

	/** Vigil as a server on a free port, as an operator runs it after a restore. */
	private ConfigurableApplicationContext startServer(String databaseUrl) {
		return new SpringApplicationBuilder(VigilApplication.class).web(WebApplicationType.SERVLET).run("--vigil.home=" + home,
				"--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--server.port=0");
	}

	/**
	 * Records a passkey for the user as Spring Security's WebAuthn tables keep one. The drill never
	 * signs in with it: revealing identities through the API only asks that the user has one.
	 */
	private static void givePasskey(JdbcTemplate jdbc, String username) {
		String userHandle = Base64.getUrlEncoder().withoutPadding().encodeToString(MARKER.substring(0, 16).getBytes(StandardCharsets.UTF_8));
		jdbc.update("insert into user_entities (id, name, display_name) values (?, ?, ?)", userHandle, username, username);
		jdbc.update("insert into user_credentials (credential_id, user_entity_user_id, public_key, signature_count, uv_initialized, "
				+ "backup_eligible, authenticator_transports, public_key_credential_type, backup_state, created, last_used, label) "
				+ "values (?, ?, ?, 0, true, false, 'usb', 'public-key', false, now(), now(), 'drill key')",
				Base64.getUrlEncoder().withoutPadding().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)),
				userHandle, new byte[] { 1, 2, 3 });
	}

	/** The API of a running server, with a personal token. */
	private record Http(String base, String token, java.net.http.HttpClient client) {

		Http(ConfigurableApplicationContext server, String token) {
			this("http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port"), token,
					java.net.http.HttpClient.newHttpClient());
		}

		java.net.http.HttpRequest.Builder request(String path) {
			return java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).header("Authorization", "Bearer " + token);
		}

		java.net.http.HttpResponse<byte[]> send(java.net.http.HttpRequest.Builder request) throws Exception {
			return client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		}

		String json(String method, String path, String body, int expected) throws Exception {
			var request = request(path).header("Content-Type", "application/json").header("Accept", "application/json")
				.method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
						: java.net.http.HttpRequest.BodyPublishers.ofString(body));
			var response = send(request);
			String text = new String(response.body(), StandardCharsets.UTF_8);
			assertThat(response.statusCode()).as(method + " " + path + ": " + text).isEqualTo(expected);
			return text;
		}

		String upload(String path, String fileName, byte[] content, int expected) throws Exception {
			String boundary = "drill" + UUID.randomUUID();
			java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			var response = send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
			String text = new String(response.body(), StandardCharsets.UTF_8);
			assertThat(response.statusCode()).as("upload: " + text).isEqualTo(expected);
			return text;
		}

		String id(String json) {
			Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
			assertThat(id.find()).as(json).isTrue();
			return id.group(1);
		}

	}

	private static Run run(ConfigurableApplicationContext context, String name, String... args) {
		OperatorShell.Ran ran = OperatorShell.run(context, java.util.stream.Stream.concat(java.util.stream.Stream.of(name),
				java.util.Arrays.stream(args)).toArray(String[]::new));
		return new Run(ran.exit(), ran.out(), ran.err());
	}

	private record Run(int exit, String out, String err) {

		String all() {
			return out + err;
		}

	}

	/** Every row of every table that must come back unchanged, the live case key, and the revision sequence. */
	private Map<String, String> snapshot(JdbcTemplate jdbc) {
		Map<String, String> rows = new LinkedHashMap<>();
		List<String> tables = jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema() order by 1",
				String.class);
		assertThat(tables).contains("cases", "persons", "users");
		for (String table : tables.stream().filter(t -> !CHECKED_APART.contains(t)).toList()) {
			rows.put(table, jdbc.queryForObject("select count(*) || ':' || coalesce(string_agg(t::text, '|' order by t::text), '') from "
					+ table + " t", String.class));
		}
		rows.put("kept case key", jdbc.queryForObject("select t::text from case_keys t where case_id = ?", String.class, keptCase));
		rows.put("revision sequence", jdbc.queryForObject("select last_value::text from revinfo_id_seq", String.class));
		assertThat(rows.get("cases")).as("the demo case is there to be restored").doesNotStartWith("0:");
		return rows;
	}

	/** The key values inside a Tink JSON keyset: as written in the file, and decoded. */
	private static List<byte[]> keyMaterial(Path keyset) throws Exception {
		String json = Files.readString(keyset);
		List<byte[]> secrets = new ArrayList<>();
		Matcher value = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		while (value.find()) {
			secrets.add(value.group(1).getBytes(StandardCharsets.US_ASCII));
			secrets.add(Base64.getDecoder().decode(value.group(1)));
		}
		assertThat(secrets).isNotEmpty();
		return secrets;
	}

	private static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
