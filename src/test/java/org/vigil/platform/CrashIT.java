package org.vigil.platform;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.support.JarServer;
import org.vigil.support.VigilJar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a crash does to acknowledged writes: cases opened through the API, the server and its
 * PostgreSQL killed with {@code kill -9} right after the last answer, the server started again —
 * and every case that was answered 201 is there. (A killed process leaves the operating system's
 * cache behind, so this shows the write path; that the embedded server also flushes to the disk
 * itself is {@code EmbeddedDatabaseTests}.)
 */
class CrashIT {

	private static final int CASES = 40;

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	@TempDir
	Path home;

	@Test
	void everyAcknowledgedCaseSurvivesAKillOfTheServerAndItsDatabase() throws Exception {
		VigilJar.Result created = VigilJar.run(home, "a long operator password\n", "admin", "create-user", "--username", "amina",
				"--role", "RESEARCHER", "--team", "Asia", "--password-stdin");
		assertThat(created.exit()).as(created.all()).isZero();
		String token = VigilJar.run(home, "", "admin", "issue-token", "--username", "amina").out().strip();

		List<String> acknowledged = new ArrayList<>();
		JarServer server = JarServer.start(home);
		try {
			for (int i = 0; i < CASES; i++) {
				HttpResponse<String> opened = server.postJson("/api/cases", token, """
						{"title": "Written before the crash %d", "countryOfCustody": "CN", "countryOfFearedReturn": "KP",
						 "summary": "s", "priority": "HIGH"}""".formatted(i));
				assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
				Matcher id = ID.matcher(opened.body());
				assertThat(id.find()).isTrue();
				acknowledged.add(id.group(1));
			}
			server.kill();
		}
		finally {
			server.close();
		}

		try (JarServer again = JarServer.start(home)) {
			int found = 0;
			for (String id : acknowledged) {
				if (again.get("/api/cases/" + id, token).statusCode() == 200) {
					found++;
				}
			}
			System.out.printf("After kill -9 of the server and its PostgreSQL: %d of %d acknowledged cases are there%n", found,
					acknowledged.size());
			assertThat(found).isEqualTo(CASES);
		}
	}

}
