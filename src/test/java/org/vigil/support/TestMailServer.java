package org.vigil.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * GreenMail as the real SMTP server a test context sends to, on a free port (worktrees and CI runs
 * build side by side), started once for the context that uses it.
 */
public final class TestMailServer {

	/** The setting by which Vigil refuses an SMTP server that offers no STARTTLS. */
	public static final String STARTTLS_REQUIRED = "spring.mail.properties.mail.smtp.starttls.required";

	private TestMailServer() {
	}

	public static GreenMail start() {
		GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
		return mail;
	}

	/**
	 * Points Spring Mail at the server ({@code spring.mail.host} and {@code port}). GreenMail offers
	 * no STARTTLS, which Vigil requires: the test context, and only it, lets mail go in the clear.
	 */
	public static void register(DynamicPropertyRegistry registry, GreenMail mail) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
		allowPlainText(registry);
	}

	/** Lets Spring Mail send without STARTTLS, to a local test server. */
	public static void allowPlainText(DynamicPropertyRegistry registry) {
		registry.add(STARTTLS_REQUIRED, () -> "false");
	}

}
