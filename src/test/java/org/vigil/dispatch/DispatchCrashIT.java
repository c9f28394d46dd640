package org.vigil.dispatch;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.support.JarServer;
import org.vigil.support.TestMailServer;
import org.vigil.support.VigilJar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 3, full stack: the packaged server dispatches an approved appeal to forty addresses
 * (GreenMail as its SMTP server), is killed with {@code kill -9} — with its PostgreSQL — as soon as the
 * first letters arrive, and is started again; every attempt ends SENT, every letter arrived, and the
 * repeats are counted (a letter the server handed to SMTP but had not yet recorded when it was killed
 * goes again, with the same Message-ID: at most one per sender that was mid-send).
 */
class DispatchCrashIT {

	private static final int ADDRESSES = 40;

	/** Listener threads that may each hold one letter handed to SMTP but not yet recorded. */
	private static final int SENDERS = 8;

	private static final String PASSWORD = "a long operator password";

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	private static final Pattern SENT = Pattern.compile("\"status\"\\s*:\\s*\"SENT\"");

	private static final Pattern MESSAGE_ID = Pattern.compile("\"messageId\"\\s*:\\s*\"([^\"]+)\"");

	@TempDir
	Path home;

	@Test
	void everyAttemptEndsSentAndEveryLetterArrivesAfterTheServerIsKilledMidDispatch() throws Exception {
		String author = user("amina", "RESEARCHER");
		String reviewer = user("jun", "REVIEWER");
		String officer = user("soyeon", "ADVOCACY");
		GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
		try {
			// GreenMail offers no STARTTLS, which the product requires by default: this loopback server is let off.
			String[] settings = { "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
					"--" + TestMailServer.STARTTLS_REQUIRED + "=false",
					"--vigil.dispatch.retry-every=PT1S", "--vigil.dispatch.first-retry-after=PT1S", "--vigil.dispatch.longest-wait=PT2S",
					"--vigil.dispatch.in-flight-timeout=PT5S" };
			String dispatches;
			int receivedAtKill;
			JarServer server = JarServer.start(home, settings);
			try {
				String caseId = idOf(server.postJson("/api/cases", author, """
						{"title": "Five refugees", "countryOfCustody": "CN", "countryOfFearedReturn": "KP", "summary": "s", "priority": "URGENT"}"""));
				String appealId = idOf(server.postJson("/api/cases/" + caseId + "/appeals", author, """
						{"addressee": "General Office", "language": "en", "subject": "Do not return the five refugees",
						 "asks": "That they not be returned", "body": "Your Excellency, we appeal to you."}"""));
				String appeal = "/api/cases/" + caseId + "/appeals/" + appealId;
				assertThat(server.postJson(appeal + "/submit", author, step(0)).statusCode()).isEqualTo(200);
				assertThat(server.postJson(appeal + "/approve", reviewer, step(1)).statusCode()).isEqualTo(200);
				dispatches = appeal + "/dispatches";
				for (int batch = 0; batch < ADDRESSES / 20; batch++) {
					StringBuilder channels = new StringBuilder();
					for (int i = 0; i < 20; i++) {
						channels.append(i == 0 ? "" : ",").append("{\"channel\": \"EMAIL\", \"to\": \"office-%d@gov.example.org\"}"
							.formatted(batch * 20 + i));
					}
					HttpResponse<String> dispatched = server.postJson(dispatches, officer, "{\"channels\": [" + channels + "]}");
					assertThat(dispatched.statusCode()).as(dispatched.body()).isEqualTo(201);
				}
				for (int i = 0; i < 600 && mail.getReceivedMessages().length == 0; i++) {
					Thread.sleep(50);
				}
				server.kill();
				receivedAtKill = mail.getReceivedMessages().length;
			}
			finally {
				server.close();
			}

			try (JarServer again = JarServer.start(home, settings)) {
				String listed = "";
				for (int i = 0; i < 240; i++) {
					listed = again.get(dispatches, officer).body();
					if (count(SENT, listed) == ADDRESSES) {
						break;
					}
					Thread.sleep(500);
				}
				Map<String, Integer> received = new HashMap<>();
				for (MimeMessage message : mail.getReceivedMessages()) {
					received.merge(message.getMessageID(), 1, Integer::sum);
				}
				List<String> attempts = MESSAGE_ID.matcher(listed).results().map(found -> found.group(1)).toList();
				int messages = mail.getReceivedMessages().length;
				int duplicates = messages - received.size();
				System.out.printf("kill -9 mid-dispatch: %d attempts, %d SENT, %d messages received (%d before the kill), %d duplicates%n",
						attempts.size(), count(SENT, listed), messages, receivedAtKill, duplicates);

				assertThat(receivedAtKill).as("killed in the middle of the dispatch").isLessThan(ADDRESSES);
				assertThat(count(SENT, listed)).isEqualTo(ADDRESSES);
				assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(attempts);
				assertThat(duplicates).isLessThanOrEqualTo(SENDERS);
			}
		}
		finally {
			mail.stop();
		}
	}

	private String user(String name, String role) throws Exception {
		VigilJar.Result created = VigilJar.run(home, PASSWORD + "\n", "admin", "create-user", "--username", name, "--role", role,
				"--team", "Asia", "--password-stdin");
		assertThat(created.exit()).as(created.all()).isZero();
		return VigilJar.run(home, "", "admin", "issue-token", "--username", name).out().strip();
	}

	private static String step(long version) {
		return "{\"version\": " + version + ", \"password\": \"" + PASSWORD + "\"}";
	}

	private static String idOf(HttpResponse<String> created) {
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		Matcher id = ID.matcher(created.body());
		assertThat(id.find()).isTrue();
		return id.group(1);
	}

	private static int count(Pattern pattern, String text) {
		return (int) pattern.matcher(text).results().count();
	}

}
