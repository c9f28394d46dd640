package org.vigil.accounts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.util.HtmlUtils;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a fresh install the server prints a one-time setup link; it creates the first administrator
 * once and is refused afterwards. Runs a real server on its own empty database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the link is used up by the last test
class FirstRunSetupTests {

	@LocalServerPort
	private int port;

	@Autowired
	private AccountAdministration accounts;

	@Test
	@Order(1)
	void theSetupPageInKoreanKeepsTheLinksToken(CapturedOutput output) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String token = token(output);
		HttpResponse<String> english = client.send(get("/setup?token=" + token), HttpResponse.BodyHandlers.ofString());
		Matcher korean = Pattern.compile("href=\"(\\?[^\"]*lang=ko)\"").matcher(english.body());
		assertThat(korean.find()).as("the page links to itself in Korean").isTrue();
		String link = HtmlUtils.htmlUnescape(korean.group(1));
		assertThat(link).isEqualTo("?token=" + token + "&lang=ko");

		HttpResponse<String> page = client.send(get("/setup" + link), HttpResponse.BodyHandlers.ofString());
		assertThat(page.body()).contains("<html lang=\"ko\">").contains("관리자 만들기").doesNotContain("유효하지 않습니다");
	}

	@Test
	@Order(2)
	void theSetupLinkCreatesTheFirstAdministratorOnce(CapturedOutput output) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String token = token(output);

		HttpResponse<String> wrong = client.send(get("/setup?token=wrong"), HttpResponse.BodyHandlers.ofString());
		assertThat(wrong.body()).contains("This setup link is not valid");

		HttpResponse<String> form = client.send(get("/setup?token=" + token), HttpResponse.BodyHandlers.ofString());
		assertThat(form.body()).contains("Create administrator");
		String csrf = csrf(form.body());
		HttpResponse<String> created = client.send(post("/setup", "token=" + token + "&username=founder&password="
				+ "correct+horse+battery+staple&team=Asia&_csrf=" + csrf), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElse("")).contains("/login?setup=done");

		HttpResponse<String> again = client.send(get("/setup?token=" + token), HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(accounts.issueToken("founder")).startsWith("vgl_");
	}

	/** The one-time token of the setup link printed when the server became ready (before the tests). */
	private static String token(CapturedOutput output) {
		Matcher link = Pattern.compile("http://localhost:\\d+/setup\\?token=([A-Za-z0-9_-]+)").matcher(setupOutput(output));
		if (!link.find()) {
			throw new AssertionError("No setup link was printed");
		}
		return link.group(1);
	}

	private static String setupOutput(CapturedOutput output) {
		// The link is printed once at start-up, before this extension starts capturing, so it
		// is read from the capture of the whole run (System.out is captured from JVM start by Boot's extension).
		return output.getAll();
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
	}

	private HttpRequest post(String path, String form) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	private static String csrf(String html) {
		Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		if (!m.find()) {
			throw new AssertionError("The form has no CSRF token");
		}
		return m.group(1);
	}

}
