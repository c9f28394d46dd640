package org.vigil.dispatch.internal;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.net.ssl.SSLException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.vigil.accounts.Viewer;

/**
 * The administrators' <em>Test connection</em>: reaches the SMTP server, the reply mailbox and the
 * fax gateway as dispatch would, and says in plain words what worked or failed — which server, and
 * whether nothing answered, the TLS handshake failed or the credentials were refused. It never shows
 * or logs a credential, nor a server's own words (they can quote the user name). Audited.
 */
@Service
class ConnectionChecks {

	/** How a check went: its outcome and the message key of its explanation, with arguments. */
	record Check(String server, Outcome outcome, String explanation, List<Object> arguments) {
	}

	enum Outcome {
		WORKS, FAILS, NOT_CONFIGURED
	}

	private final ObjectProvider<JavaMailSender> senders;

	private final DispatchProperties properties;

	private final DispatchAudit audit;

	private final String smtpHost;

	ConnectionChecks(ObjectProvider<JavaMailSender> senders, DispatchProperties properties, DispatchAudit audit,
			@Value("${spring.mail.host:}") String smtpHost) {
		this.senders = senders;
		this.properties = properties;
		this.audit = audit;
		this.smtpHost = smtpHost;
	}

	List<Check> run(Viewer viewer) {
		List<Check> checks = new ArrayList<>();
		Check smtp = smtp();
		checks.add(smtp);
		checks.add(imap());
		checks.add(fax(smtp));
		audit.record(viewer, "dispatch.connections-tested", "dispatch-connection", null, null,
				Map.of("smtp", checks.get(0).outcome().name(), "imap", checks.get(1).outcome().name(), "fax", checks.get(2).outcome().name()));
		return checks;
	}

	private Check smtp() {
		JavaMailSender sender = senders.getIfAvailable();
		if (!StringUtils.hasText(smtpHost) || !(sender instanceof JavaMailSenderImpl impl)) {
			return new Check("smtp", Outcome.NOT_CONFIGURED, "connections.smtp.none", List.of());
		}
		String where = impl.getHost() + ":" + (impl.getPort() > 0 ? impl.getPort() : 25);
		try {
			impl.testConnection();
			return new Check("smtp", Outcome.WORKS, "connections.works", List.of(where));
		}
		catch (MailAuthenticationException refused) {
			return new Check("smtp", Outcome.FAILS, "connections.refusedCredentials", List.of(where));
		}
		catch (MessagingException | RuntimeException failed) {
			return new Check("smtp", Outcome.FAILS, reason(failed), List.of(where));
		}
	}

	private Check imap() {
		DispatchProperties.Imap imap = properties.imap();
		if (!imap.configured()) {
			return new Check("imap", Outcome.NOT_CONFIGURED, "connections.imap.none", List.of());
		}
		String where = imap.host() + ":" + imap.port();
		String protocol = imap.ssl() ? "imaps" : "imap";
		Properties settings = new Properties();
		settings.put("mail." + protocol + ".connectiontimeout", "10000");
		settings.put("mail." + protocol + ".timeout", "10000");
		try (Store store = Session.getInstance(settings).getStore(protocol)) {
			store.connect(imap.host(), imap.port(), imap.username(), imap.password());
			Folder folder = store.getFolder(imap.folder());
			if (!folder.exists()) {
				return new Check("imap", Outcome.FAILS, "connections.imap.noFolder", List.of(where, imap.folder()));
			}
			return new Check("imap", Outcome.WORKS, "connections.works", List.of(where));
		}
		catch (AuthenticationFailedException refused) {
			return new Check("imap", Outcome.FAILS, "connections.refusedCredentials", List.of(where));
		}
		catch (MessagingException | RuntimeException failed) {
			return new Check("imap", Outcome.FAILS, reason(failed), List.of(where));
		}
	}

	/**
	 * The gateway is an address at the mail server: it works as far as the SMTP server takes mail for it. A
	 * fax service's HTTP API is asked (a {@code HEAD} with Vigil's credentials) whether it answers and takes them.
	 */
	private Check fax(Check smtp) {
		if (properties.fax().api().configured()) {
			return faxService(properties.fax().api());
		}
		if (!properties.fax().configured()) {
			return new Check("fax", Outcome.NOT_CONFIGURED, "connections.fax.none", List.of());
		}
		String example = properties.fax().addressFor("+41 22 917 9000");
		return smtp.outcome() == Outcome.WORKS ? new Check("fax", Outcome.WORKS, "connections.fax.works", List.of(example))
				: new Check("fax", Outcome.FAILS, "connections.fax.needsSmtp", List.of(example));
	}

	private static Check faxService(DispatchProperties.FaxApi api) {
		java.net.URI url = java.net.URI.create(api.url().strip());
		String where = url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
		java.net.http.HttpRequest.Builder probe = java.net.http.HttpRequest.newBuilder(url).timeout(api.timeout())
			.method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody());
		api.authorization().ifPresent(value -> probe.header("Authorization", value));
		java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().connectTimeout(api.timeout()).build();
		try {
			int status = client.send(probe.build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
			return status == 401 || status == 403 ? new Check("fax", Outcome.FAILS, "connections.refusedCredentials", List.of(where))
					: new Check("fax", Outcome.WORKS, "connections.fax.service", List.of(where));
		}
		catch (java.io.IOException failed) {
			return new Check("fax", Outcome.FAILS, reason(failed), List.of(where));
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return new Check("fax", Outcome.FAILS, "connections.timeout", List.of(where));
		}
	}

	/** What went wrong, in words: the cause's kind, never its message. */
	private static String reason(Exception failed) {
		for (Throwable cause = failed; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof UnknownHostException) {
				return "connections.unknownHost";
			}
			if (cause instanceof ConnectException) {
				return "connections.nothingAnswers";
			}
			if (cause instanceof SocketTimeoutException) {
				return "connections.timeout";
			}
			if (cause instanceof SSLException) {
				return "connections.tls";
			}
			if (cause instanceof AuthenticationFailedException) {
				return "connections.refusedCredentials";
			}
		}
		return "connections.failed";
	}

}
