package org.vigil.bench.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Properties;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The SMTP server letters go to and the IMAP mailbox replies are read from, for the mail steps: GreenMail
 * on loopback, in the bench command's own JVM (so apart from a launched server). It keeps every message in
 * memory. GreenMail is not in the product jar: {@code mvn package} copies it to
 * {@code target/bench-lib/greenmail.jar}, which {@code ./vigil-bench} puts on the class path.
 */
final class MailPeer implements AutoCloseable {

	private final GreenMail mail;

	private final GreenMailUser mailbox;

	private final MailSettings.Peer peer;

	private MailPeer(GreenMail mail, GreenMailUser mailbox, MailSettings.Peer peer) {
		this.mail = mail;
		this.mailbox = mailbox;
		this.peer = peer;
	}

	/** Starts SMTP and IMAP on the given loopback ports (0: free ones), with the reply mailbox. */
	static MailPeer start(MailSettings.Peer wanted) {
		MailSettings.Peer peer = new MailSettings.Peer(wanted.smtpPort() > 0 ? wanted.smtpPort() : freePort(),
				wanted.imapPort() > 0 ? wanted.imapPort() : freePort(), wanted.mailbox(), wanted.password());
		GreenMail mail;
		try {
			mail = new GreenMail(new ServerSetup[] { new ServerSetup(peer.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
					new ServerSetup(peer.imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
		}
		catch (NoClassDefFoundError missing) {
			throw new IllegalStateException("GreenMail is not on the class path: run 'mvn -DskipTests package' (it copies it to "
					+ "target/bench-lib/greenmail.jar) and start the harness with ./vigil-bench.", missing);
		}
		mail.start();
		return new MailPeer(mail, mail.setUser(peer.mailbox(), peer.mailbox(), peer.password()), peer);
	}

	MailSettings.Peer ports() {
		return peer;
	}

	/** Waits until this many messages in all have arrived; answers whether they did within the time. */
	boolean awaitReceived(int messages, long timeoutMillis) {
		return mail.waitForIncomingEmail(timeoutMillis, messages);
	}

	MimeMessage[] received() {
		return mail.getReceivedMessages();
	}

	/** The mail session messages to {@link #deliver} are built in. */
	static Session session() {
		return Session.getInstance(new Properties());
	}

	/** Puts a message in the reply mailbox, unseen, as an incoming reply would arrive. */
	void deliver(MimeMessage message) {
		try {
			mailbox.deliver(message);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("GreenMail did not take a reply: " + ex.getMessage(), ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		mail.stop();
	}

}
