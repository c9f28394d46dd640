package org.vigil.dispatch.internal;

import java.util.Date;
import java.util.concurrent.ConcurrentLinkedDeque;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Connections to the SMTP server kept open between letters: a dispatch to many addressees sends each
 * letter over a connection the previous one left, instead of connecting, greeting and quitting for
 * each (Spring's {@code JavaMailSender.send} opens one a call). A connection is taken by one sender at
 * a time; one left unused for {@link #IDLE_MILLIS} is closed rather than reused, one idle for more than
 * a second is asked whether it still answers (SMTP {@code NOOP}) before it is used, and one on which a
 * letter failed is closed. The message is prepared as Spring prepares it: its date set, its own
 * Message-ID kept.
 */
@Component
class SmtpConnections implements DisposableBean {

	static final long IDLE_MILLIS = 30_000;

	private static final long CHECK_AFTER_MILLIS = 1_000;

	private final ConcurrentLinkedDeque<Open> idle = new ConcurrentLinkedDeque<>();

	private record Open(Transport transport, JavaMailSenderImpl server, long since) {
	}

	/** Sends the letter, over a kept connection when the sender is Spring's own (otherwise as it sends). */
	void send(JavaMailSender sender, MimeMessage message) throws MessagingException {
		if (!(sender instanceof JavaMailSenderImpl server)) {
			sender.send(message);
			return;
		}
		if (message.getSentDate() == null) {
			message.setSentDate(new Date());
		}
		String messageId = message.getMessageID();
		message.saveChanges();
		if (messageId != null) {
			message.setHeader("Message-ID", messageId); // saveChanges makes a new one
		}
		Transport transport = take(server);
		try {
			transport.sendMessage(message, message.getAllRecipients());
		}
		catch (MessagingException | RuntimeException failed) {
			close(transport);
			throw failed;
		}
		idle.push(new Open(transport, server, System.currentTimeMillis()));
	}

	private Transport take(JavaMailSenderImpl server) throws MessagingException {
		long now = System.currentTimeMillis();
		for (Open open = idle.poll(); open != null; open = idle.poll()) {
			boolean fresh = open.server() == server && now - open.since() < IDLE_MILLIS;
			if (fresh && (now - open.since() < CHECK_AFTER_MILLIS || open.transport().isConnected())) {
				return open.transport();
			}
			close(open.transport());
		}
		return connect(server);
	}

	/** A new connection, as {@code JavaMailSenderImpl} makes one. */
	private static Transport connect(JavaMailSenderImpl server) throws MessagingException {
		String username = server.getUsername();
		String password = server.getPassword();
		if ("".equals(username)) {
			username = null;
			password = "".equals(password) ? null : password;
		}
		String protocol = server.getProtocol() != null ? server.getProtocol()
				: server.getSession().getProperty("mail.transport.protocol");
		Transport transport = server.getSession().getTransport(protocol != null ? protocol : JavaMailSenderImpl.DEFAULT_PROTOCOL);
		transport.connect(server.getHost(), server.getPort(), username, password);
		return transport;
	}

	private static void close(Transport transport) {
		try {
			transport.close();
		}
		catch (MessagingException | RuntimeException alreadyGone) {
			// nothing to keep
		}
	}

	@Override
	public void destroy() {
		for (Open open = idle.poll(); open != null; open = idle.poll()) {
			close(open.transport());
		}
	}

}
