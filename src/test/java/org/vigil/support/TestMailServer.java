package org.vigil.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * GreenMail as the real SMTP server a test context sends to, on a free port (worktrees and CI runs
 * build side by side), started once for the context that uses it.
 */
public final class TestMailServer {

	private TestMailServer() {
	}

	public static GreenMail start() {
		GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
		return mail;
	}

	/** Points Spring Mail at the server ({@code spring.mail.host} and {@code port}). */
	public static void register(DynamicPropertyRegistry registry, GreenMail mail) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}

}
