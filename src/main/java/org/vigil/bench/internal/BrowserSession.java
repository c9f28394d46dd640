package org.vigil.bench.internal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's view of the web pages: a cookie jar for the session (JSESSIONID), and the form
 * login with its CSRF token taken from the login page's {@code _csrf} field. One per worker.
 */
final class BrowserSession {

	private static final Pattern CSRF = Pattern.compile(
			"<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private final URI base;

	BrowserSession(URI base) {
		this.base = base;
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
	}

	/** Signs in afresh (forgetting any earlier session) and answers whether the server accepted it. */
	boolean login(String username, String password) throws IOException, InterruptedException {
		cookies.getCookieStore().removeAll();
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(page.body());
		if (page.statusCode() != 200 || !csrf.find()) {
			return false;
		}
		String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
		HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(base.resolve("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
		String location = answer.headers().firstValue("Location").orElse("");
		return answer.statusCode() == 302 && !location.contains("error") && !location.endsWith("/login");
	}

	/** GETs a page and answers whether it came back 200 OK (the body is read in full). */
	boolean page(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
