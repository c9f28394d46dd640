package org.vigil.bench.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code bench mail} is told.
 *
 * @param url a server already running and pointed at {@code peer}'s ports, or {@code null} to launch {@code launch}
 * @param launchJvm JVM options for the launched server
 * @param pid the server's process id, for its CPU time ({@code null}: the launched one's, or none)
 * @param letters letters dispatched, measured (0: none)
 * @param replies replies read, measured (0: none)
 * @param warmup letters, and replies, first, unmeasured, so that the server's code is compiled and its PDF kept
 * @param logDirectory where a launched server's output goes
 */
record MailSettings(URI url, Path launch, List<String> launchJvm, Long pid, Peer peer, int letters, int replies, int warmup,
		Path logDirectory) {

	/**
	 * The loopback SMTP and IMAP ports (0: free ones, for a launched server) and the reply mailbox with its password.
	 */
	record Peer(int smtpPort, int imapPort, String mailbox, String password) {

		/** The server's settings that point it at this peer (GreenMail offers no STARTTLS: plain text, loopback only). */
		List<String> serverSettings() {
			return List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
					"--spring.mail.properties.mail.smtp.starttls.required=false", "--vigil.dispatch.mail-from=" + mailbox,
					"--vigil.dispatch.imap.host=127.0.0.1", "--vigil.dispatch.imap.port=" + imapPort, "--vigil.dispatch.imap.ssl=false",
					"--vigil.dispatch.imap.username=" + mailbox, "--vigil.dispatch.imap.password=" + password,
					"--vigil.dispatch.imap.fetch-every=PT1H");
		}

	}

}
