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
 * A browser's view of the web pages: a cookie jar for the session (JSESSIONID), the form login
 * with its CSRF token taken from the login page's {@code _csrf} field, and the second factor.
 * Thread-safe: workers may share one signed-in session.
 */
final class BrowserSession {

	private static final Pattern CSRF = Pattern.compile(
			"<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	private static final Pattern TOTP_KEY = Pattern.compile("id=\"totp-key\"[^>]*>([^<]+)<");

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

	/**
	 * Signs in with both steps — password, then the second factor — enrolling the authenticator
	 * first when the user has none yet. Answers the TOTP key in use (new after an enrolment), or
	 * null when signing in failed.
	 */
	String signInWithSecondFactor(String username, String password, String totpKey) throws IOException, InterruptedException {
		if (!login(username, password)) {
			return null;
		}
		HttpResponse<String> step = get("/second-factor");
		if (step.statusCode() == 302 && step.headers().firstValue("Location").orElse("").endsWith("/second-factor/enrol")) {
			HttpResponse<String> enrolment = get("/second-factor/enrol");
			Matcher key = TOTP_KEY.matcher(enrolment.body());
			if (!key.find()) {
				return null;
			}
			String newKey = key.group(1).strip();
			int status = post("/second-factor/enrol", "code=" + SecondFactor.code(newKey, 0) + "&_csrf=" + encode(csrf(enrolment.body())));
			return status == 200 ? newKey : null;
		}
		if (totpKey == null || step.statusCode() != 200) {
			return null;
		}
		// A code is accepted once; the next step's code is accepted too, in case this step's was used.
		for (int steps = 0; steps <= 1; steps++) {
			HttpResponse<String> page = steps == 0 ? step : get("/second-factor");
			int status = post("/second-factor", "code=" + SecondFactor.code(totpKey, steps) + "&_csrf=" + encode(csrf(page.body())));
			if (status == 302 && page("/cases")) {
				return totpKey;
			}
		}
		return null;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private int post(String path, String form) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static String csrf(String html) {
		Matcher csrf = CSRF.matcher(html);
		return csrf.find() ? (csrf.group(1) != null ? csrf.group(1) : csrf.group(2)) : "";
	}

	/** GETs a page and answers whether it came back 200 OK (the body is read in full). */
	boolean page(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
	}

	/** GETs JSON as the page's scripts do (with the session) and answers whether it came back 200 OK (the body is read in full). */
	boolean json(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET().build(),
				HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
