package org.vigil.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigil.support.FreePort;

/**
 * What every browser test does around its steps: the server on a free port of its own, a headless
 * Chromium for each test, and the last page it showed saved in {@code target/screenshots} as
 * {@code <name>-last-page.png} ({@code first-day} for {@code FirstDayBrowserIT}) when the test ends.
 *
 * <p>The port is chosen before the server starts, not by the server ({@code RANDOM_PORT}): passkeys are
 * bound to the origin {@code http://localhost:PORT}, which follows {@code server.port}. Each test class
 * has a server of its own, closed after it, so two classes never share a port or a database.
 */
@DirtiesContext
abstract class BrowserTest extends BrowserSteps {

	@DynamicPropertySource
	static void freePort(DynamicPropertyRegistry registry) {
		int port = FreePort.pick();
		registry.add("server.port", () -> port);
	}

	@BeforeEach
	void startBrowser() {
		browser = Browser.start();
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			screenshot(lastPageName());
			browser.quit();
		}
	}

	/** A security key in the browser (Chromium's virtual authenticator), for the passkeys of a test. */
	protected VirtualAuthenticator addSecurityKey() {
		return ((HasVirtualAuthenticator) browser).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
			.setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
			.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
			.setHasUserVerification(true)
			.setIsUserVerified(true)
			.setHasResidentKey(true));
	}

	/** {@code PublicSiteBrowserIT} → {@code public-site-last-page.png}. */
	private String lastPageName() {
		String name = getClass().getSimpleName().replaceFirst("BrowserIT$", "");
		return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT) + "-last-page.png";
	}

}
