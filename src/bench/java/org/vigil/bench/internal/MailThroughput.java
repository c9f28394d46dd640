package org.vigil.bench.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.stereotype.Component;
import org.vigil.platform.UsageException;
import org.vigil.platform.VigilProperties;

/**
 * {@code bench mail}. The letters (dispatch throughput): an appeal approved through the API (by a second
 * person) dispatched by email, with its PDF, to N addresses in requests of 20 — as an officer dispatches
 * from the page — timed from the first request until the SMTP peer holds every letter.
 * The replies (intake): N replies placed in the IMAP mailbox (a third answering a letter's
 * Message-ID, a third quoting the appeal's reference, a third matching nothing) read by one
 * {@code POST /api/triage/fetch}, timed until it answers — every message then matched or in triage.
 * Each prints its rate and the CPU time per letter or reply of the server, its PostgreSQL, and the bench
 * JVM (which runs the peer), which depend less on the machine's load than the rate does.
 */
@Component
class MailThroughput {

	/** What {@code POST …/dispatches} takes at most. */
	private static final int PER_REQUEST = 20;

	private final VigilProperties properties;

	private final BenchmarkDatabase database;

	private final BenchAccount account;

	MailThroughput(VigilProperties properties, BenchmarkDatabase database, BenchAccount account) {
		this.properties = properties;
		this.database = database;
		this.account = account;
	}

	/** {@code bench mail}: the letters, then the replies, against one server and one peer. */
	void measure(MailSettings settings, PrintWriter out) throws Exception {
		try (MailPeer peer = MailPeer.start(settings.peer()); Server server = server(settings, peer, out)) {
			if (settings.letters() > 0) {
				dispatch(settings, peer, server, out);
			}
			if (settings.replies() > 0) {
				intake(settings, peer, server, out);
			}
		}
	}

	private void dispatch(MailSettings settings, MailPeer peer, Server server, PrintWriter out) throws Exception {
		int before = peer.received().length;
		Appeal appeal = approvedAppeal(server, "dispatch throughput");
		send(server, appeal, 0, settings.warmup());
		await(peer, before + settings.warmup(), "warm-up letters");
		out.printf("Warm-up: %d letters received; dispatching %d…%n", settings.warmup(), settings.letters());

		CpuClock cpu = CpuClock.start(server.pid(), properties.home());
		long started = System.nanoTime();
		send(server, appeal, settings.warmup(), settings.letters());
		double requests = (System.nanoTime() - started) / 1e9;
		await(peer, before + settings.warmup() + settings.letters(), "letters");
		double seconds = (System.nanoTime() - started) / 1e9;
		CpuClock.Spent spent = cpu.stop();

		Set<String> ids = new HashSet<>();
		int withPdf = 0;
		for (MimeMessage letter : peer.received()) {
			ids.add(letter.getMessageID());
			withPdf += hasPdf(letter) ? 1 : 0;
		}
		int received = peer.received().length;
		out.printf("dispatch-throughput: %d letters with PDF in %.2f s — %.1f letters/s (the %d dispatch requests: %.2f s)%n",
				settings.letters(), seconds, settings.letters() / seconds, requestsFor(settings.letters()), requests);
		out.printf("  received %d messages in all, %d distinct Message-IDs, %d with a PDF attached%n", received, ids.size(), withPdf);
		out.print(spent.perUnit(settings.letters(), "letter"));
		out.printf("  load average %s%n", CpuClock.loadAverage());
	}

	private void intake(MailSettings settings, MailPeer peer, Server server, PrintWriter out) throws Exception {
		Appeal appeal = approvedAppeal(server, "reply intake");
		Set<String> earlier = new HashSet<>();
		for (MimeMessage sent : peer.received()) {
			earlier.add(sent.getMessageID());
		}
		send(server, appeal, 0, 1);
		await(peer, earlier.size() + 1, "the letter replies answer");
		MimeMessage letter = null;
		for (MimeMessage sent : peer.received()) {
			letter = earlier.contains(sent.getMessageID()) ? letter : sent;
		}
		String run = Long.toString(System.nanoTime(), 36);

		placeReplies(peer, letter, run + "w", settings.warmup());
		Fetched warm = fetch(server);
		out.printf("Warm-up: %d replies read; placing %d…%n", warm.read(), settings.replies());
		placeReplies(peer, letter, run, settings.replies());

		CpuClock cpu = CpuClock.start(server.pid(), properties.home());
		long started = System.nanoTime();
		Fetched fetched = fetch(server);
		double seconds = (System.nanoTime() - started) / 1e9;
		CpuClock.Spent spent = cpu.stop();
		if (fetched.read() != settings.replies()) {
			throw new IllegalStateException("The reading took in " + fetched.read() + " messages, not the " + settings.replies() + " placed");
		}
		out.printf("reply-intake: %d replies read in %.2f s — %.1f replies/s (%d matched to the appeal, %d left in triage)%n",
				fetched.read(), seconds, fetched.read() / seconds, fetched.matched(), fetched.triaged());
		out.print(spent.perUnit(fetched.read(), "reply"));
		out.printf("  load average %s%n", CpuClock.loadAverage());
	}

	private Server server(MailSettings settings, MailPeer peer, PrintWriter out) throws IOException, InterruptedException {
		if (!database.marked()) {
			throw new UsageException("This database is not a benchmark database: fill one with 'bench generate' first.");
		}
		BenchCredentials bench = BenchCredentials.load(properties.home()).orElseThrow(() -> new UsageException(
				"No bench user in " + BenchCredentials.file(properties.home()) + ": run 'bench generate' first."));
		if (settings.url() != null) {
			DriverSettings.requireLoopback(settings.url());
			return new Server(settings.url(), settings.pid() != null ? settings.pid() : -1, bench, null);
		}
		ServerProcess launched = ServerProcess.launch(settings.launch(), properties.home(), settings.logDirectory(),
				settings.launchJvm(), BenchCommand.launchTime(15), peer.ports().serverSettings());
		out.printf("Server started in %.2f s (pid %d, %s), mail peer on SMTP %d / IMAP %d%n", launched.startupSeconds(), launched.pid(),
				launched.url(), peer.ports().smtpPort(), peer.ports().imapPort());
		return new Server(launched.url(), launched.pid(), bench, launched);
	}

	/** A case of the bench team with an appeal written by the bench user and approved by a new reviewer of the team. */
	private Appeal approvedAppeal(Server server, String purpose) throws IOException, InterruptedException {
		BenchCredentials approver = account.approver();
		String caseId = server.api().created("/api/cases", """
				{"title": "Bench: %s", "countryOfCustody": "CN", "countryOfFearedReturn": "KP", "summary": "A case for the %s step.",
				 "priority": "URGENT"}""".formatted(purpose, purpose));
		String appeals = "/api/cases/" + caseId + "/appeals/";
		String appealId = server.api().created("/api/cases/" + caseId + "/appeals", """
				{"addressee": "General Office of the State Council", "language": "en", "subject": "Do not return the five refugees",
				 "asks": "That they not be returned, that their whereabouts be disclosed.",
				 "body": "Your Excellency,\\n\\nWe appeal to you on behalf of five refugees held near Yanji.\\n\\nRespectfully."}""");
		server.post(server.bench().token(), appeals + appealId + "/submit", "{\"version\": 0}");
		server.post(approver.token(), appeals + appealId + "/approve", "{\"version\": 1, \"password\": \"" + approver.password() + "\"}");
		return new Appeal(caseId, appealId);
	}

	/** Dispatches the appeal by email to {@code count} addresses, numbered from {@code first}, in requests of 20. */
	private static void send(Server server, Appeal appeal, int first, int count) throws IOException, InterruptedException {
		String dispatches = "/api/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId() + "/dispatches";
		for (int from = first; from < first + count; from += PER_REQUEST) {
			StringBuilder channels = new StringBuilder();
			for (int i = from; i < Math.min(from + PER_REQUEST, first + count); i++) {
				channels.append(i == from ? "" : ", ").append("""
						{"channel": "EMAIL", "to": "office-%d@gov.example.org", "name": "General Office of the State Council"}""".formatted(i));
			}
			server.api().created(dispatches, "{\"channels\": [" + channels + "]}");
		}
	}

	private static int requestsFor(int letters) {
		return (letters + PER_REQUEST - 1) / PER_REQUEST;
	}

	private static void await(MailPeer peer, int messages, String what) {
		if (!peer.awaitReceived(messages, Duration.ofMinutes(30).toMillis())) {
			throw new IllegalStateException("Only " + peer.received().length + " of " + messages + " " + what + " arrived in 30 minutes");
		}
	}

	private static boolean hasPdf(MimeMessage letter) {
		try {
			return letter.getContent() instanceof jakarta.mail.Multipart parts && java.util.stream.IntStream.range(0, parts.getCount())
				.anyMatch(i -> {
					try {
						return parts.getBodyPart(i).isMimeType("application/pdf");
					}
					catch (MessagingException ex) {
						return false;
					}
				});
		}
		catch (MessagingException | IOException ex) {
			return false;
		}
	}

	/**
	 * Places {@code count} replies to the letter: by thread ({@code In-Reply-To} its Message-ID), by the
	 * reference its subject quotes, and about nothing Vigil sent from an address Vigil never wrote to
	 * (triage), in turn.
	 */
	private static void placeReplies(MailPeer peer, MimeMessage letter, String run, int count) throws MessagingException {
		String letterId = letter.getMessageID();
		String letterSubject = letter.getSubject();
		for (int i = 0; i < count; i++) {
			MimeMessage reply = new Reply("<reply-" + run + "-" + i + "@gov.example.org>");
			reply.setFrom(new InternetAddress("office-" + i + "@gov.example.org"));
			reply.setRecipients(Message.RecipientType.TO, peer.ports().mailbox());
			switch (i % 3) {
				case 0 -> {
					reply.setSubject("Re: your letter");
					reply.setHeader("In-Reply-To", letterId);
					reply.setHeader("References", letterId);
				}
				case 1 -> reply.setSubject("Re: " + letterSubject);
				default -> {
					// From an address no letter went to, so that matching by sender leaves it in triage too.
					reply.setFrom(new InternetAddress("events-" + i + "@conference.example.org"));
					reply.setSubject("Invitation to a seminar on consular affairs, no. " + i);
				}
			}
			reply.setText("Dear Sir or Madam,\n\nWe acknowledge receipt of your letter (" + i + ").\n\nGeneral Office\n", "UTF-8");
			reply.setSentDate(new java.util.Date());
			reply.saveChanges();
			peer.deliver(reply);
		}
	}

	private static Fetched fetch(Server server) throws IOException, InterruptedException {
		String answer = server.post(server.bench().token(), "/api/triage/fetch", "");
		return new Fetched(number(answer, "read"), number(answer, "matched"), number(answer, "triaged"));
	}

	private static int number(String json, String field) {
		return Integer.parseInt(match(Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)"), json, field));
	}

	private static String match(Pattern pattern, String text, String what) {
		Matcher found = pattern.matcher(text);
		if (!found.find()) {
			throw new IllegalStateException("No " + what + " in the server's answer: " + text);
		}
		return found.group(1);
	}

	/** A reply with the Message-ID it is given, kept when the message is saved (JavaMail would make its own). */
	private static final class Reply extends MimeMessage {

		private final String messageId;

		Reply(String messageId) {
			super(MailPeer.session());
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

	private record Appeal(String caseId, String appealId) {
	}

	private record Fetched(int read, int matched, int triaged) {
	}

	/** The server measured: its address, process (for CPU time; -1 if unknown), the bench user, and the process launched, if any. */
	private record Server(URI url, long pid, BenchCredentials bench, ServerProcess launched) implements AutoCloseable {

		/** One reading of a mailbox of thousands takes minutes on a loaded machine: longer than {@link ApiClient}'s minute. */
		private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5)).build();

		ApiClient api() {
			return new ApiClient(url, bench.token());
		}

		String post(String token, String path, String json) throws IOException, InterruptedException {
			return send(HttpRequest.newBuilder(url.resolve(path)).header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)), path);
		}

		private String send(HttpRequest.Builder request, String path) throws IOException, InterruptedException {
			HttpResponse<String> response = HTTP.send(request.header("Accept", "application/json").timeout(Duration.ofMinutes(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}

		@Override
		public void close() throws InterruptedException {
			if (launched != null) {
				launched.close();
			}
		}

	}

}
