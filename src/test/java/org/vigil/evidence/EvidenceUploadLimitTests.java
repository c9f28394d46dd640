package org.vigil.evidence;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.vigil.accounts.AccountAdministration;
import org.vigil.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload past the limit, sent to a real server: the servlet container refuses to read it, and
 * the answer still says what happened — a problem detail in the API, the error page in the web
 * UI (where the form's CSRF token sits in the refused body) — never a stack trace or a reset.
 * MockMvc does not enforce multipart limits, hence the real server.
 */
// A context of its own: FirstRunSetupTests needs a real server on a database without users.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vigil.test.context=upload-limit")
@DirtiesContext
class EvidenceUploadLimitTests {

	private static final int OVER_THE_LIMIT = 25 * 1024 * 1024 + 1;

	@LocalServerPort
	private int port;

	@Autowired
	private AccountAdministration accounts;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theApiAnswersAProblemDetail() throws Exception {
		String username = "limit-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createUser(username, Set.of(Role.RESEARCHER), "team-" + username, "a long enough password".toCharArray());
		String token = accounts.issueToken(username);
		HttpResponse<String> opened = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/cases"))
			.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Limit\", \"countryOfCustody\": \"CN\", "
					+ "\"countryOfFearedReturn\": \"KP\", \"priority\": \"URGENT\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(opened.body());
		assertThat(id.find()).isTrue();

		HttpResponse<String> refused = http.send(upload("/api/cases/" + id.group(1) + "/files")
			.header("Authorization", "Bearer " + token).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(refused.body()).contains("File too large").contains("larger than Vigil accepts (25 MB per file)").doesNotContain("Exception");
	}

	@Test
	void thePageSaysTheFileIsTooLargeRatherThanForbidden() throws Exception {
		HttpResponse<String> refused = http.send(upload("/cases/" + UUID.randomUUID() + "/files").header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
		assertThat(refused.body()).contains("The upload is larger than Vigil accepts (25 MB per file)").doesNotContain("Exception");
	}

	private HttpRequest.Builder upload(String path) {
		String boundary = "limit" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream(OVER_THE_LIMIT + 512);
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nnot-a-token\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"video.mp4\"\r\nContent-Type: video/mp4\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(new byte[OVER_THE_LIMIT]);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(base() + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}

}
