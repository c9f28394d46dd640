package org.vigil.publishing.internal.site;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigil.publishing.PublicItem;
import org.vigil.publishing.PublicSite;
import org.vigil.support.RawHttp;
import org.vigil.support.RawHttp.Answer;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.publishing.internal.site.PublicTextFixtures.appeal;

/**
 * The public site on a port of its own: the released items answer there, and nothing of the
 * signed-in application does — not the sign-in page, the API, the health check, nor a path that
 * climbs out of {@code /public} — while Vigil's own port goes on serving both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SitePortTests extends WebIntegrationTest {

	private static final int SITE_PORT = freePort();

	@DynamicPropertySource
	static void sitePort(DynamicPropertyRegistry registry) {
		registry.add("vigil.publishing.site.port", () -> SITE_PORT);
	}

	@LocalServerPort
	int vigilPort;

	@Autowired
	PublicSite site;

	@Test
	void theSitesPortServesThePublishedItemAndItsFeedWithoutACookie() throws IOException {
		PublicItem item = site.publish(appeal("Held at the border post", "They are held near Tumen.", "LA"));

		Answer page = get(SITE_PORT, item.path());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Held at the border post");
		assertThat(page.header("Set-Cookie")).isNull();
		assertThat(get(SITE_PORT, "/public/feed.atom").status()).isEqualTo(200);
	}

	@Test
	void nothingOfTheSignedInApplicationAnswersOnTheSitesPort() throws IOException {
		for (String path : new String[] { "/login", "/", "/cases", "/api/cases", "/actuator/health", "/css/vigil.css",
				"/public/../login", "/public/%2e%2e/api/cases", "/public;x=1/../login" }) {
			Answer answer = get(SITE_PORT, path);
			assertThat(answer.status()).as(path).isIn(400, 404);
			assertThat(answer.body()).as(path).doesNotContain("password").doesNotContain("<form");
			assertThat(answer.header("Set-Cookie")).as(path).isNull();
		}
	}

	@Test
	void vigilsOwnPortStillServesTheSignInPageAndThePublicSite() throws IOException {
		assertThat(get(vigilPort, "/login").status()).isEqualTo(200);
		assertThat(get(vigilPort, "/public").status()).isEqualTo(200);
	}

	private static Answer get(int port, String path) throws IOException {
		return RawHttp.send(port, "GET " + path + " HTTP/1.1");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
