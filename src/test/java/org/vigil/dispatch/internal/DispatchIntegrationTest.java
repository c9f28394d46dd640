package org.vigil.dispatch.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.vigil.accounts.Role;
import org.vigil.support.FreePort;
import org.vigil.support.TestMailServer;
import org.vigil.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application with GreenMail as its real SMTP server and reply mailbox (IMAP), on ports chosen
 * once for the shared context so that a test can stop the server and start it again where Vigil
 * expects it. Retries come quickly here (every half second, after one second) so that a test sees
 * the letter that waited for the server arrive.
 */
abstract class DispatchIntegrationTest extends WebIntegrationTest {

	static final int SMTP_PORT = FreePort.pick();

	static final int IMAP_PORT = FreePort.pick();

	static final String MAILBOX = "replies@vigil.test";

	/** The fax gateway's domain: a fax to +86 10 6551 2345 is an email to 00861065512345 at it. */
	static final String FAX_GATEWAY = "fax.vigil.test";

	static GreenMail mail = startMail();

	@DynamicPropertySource
	static void mailServers(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		TestMailServer.allowPlainText(registry);
		registry.add("vigil.dispatch.mail-from", () -> MAILBOX);
		registry.add("vigil.dispatch.retry-every", () -> "PT0.5S");
		registry.add("vigil.dispatch.first-retry-after", () -> "PT1S");
		registry.add("vigil.dispatch.longest-wait", () -> "PT2S");
		registry.add("vigil.dispatch.imap.host", () -> "127.0.0.1");
		registry.add("vigil.dispatch.imap.port", () -> IMAP_PORT);
		registry.add("vigil.dispatch.imap.ssl", () -> "false");
		registry.add("vigil.dispatch.imap.username", () -> MAILBOX);
		registry.add("vigil.dispatch.imap.password", () -> "mailbox secret 42");
		registry.add("vigil.dispatch.imap.fetch-every", () -> "PT1H");
		registry.add("vigil.dispatch.fax.gateway-pattern", () -> "{number}@" + FAX_GATEWAY);
		registry.add("vigil.dispatch.fax.max-pages", () -> "2");
	}

	static GreenMail startMail() {
		GreenMail started = new GreenMail(new ServerSetup[] { new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
				new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
		started.start();
		started.setUser(MAILBOX, MAILBOX, "mailbox secret 42");
		return started;
	}

	@AfterEach
	void mailServerRunsForTheNextTest() {
		if (!mail.isRunning()) {
			mail = startMail();
		}
	}

	/** A case of the team with an appeal approved by a second person; answers the ids. */
	protected Approved approvedAppeal(String team, String body) throws Exception {
		TestUser author = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draftAppeal(author, caseId, body);
		step(author, caseId, appealId, "submit", 0).andExpect(status().isOk());
		step(reviewer, caseId, appealId, "approve", 1).andExpect(status().isOk());
		return new Approved(caseId, appealId, author);
	}

	record Approved(UUID caseId, UUID appealId, TestUser author) {
	}

	protected ResultActions step(TestUser user, UUID caseId, UUID appealId, String step, long version) throws Exception {
		return mvc.perform(api(post("/api/cases/" + caseId + "/appeals/" + appealId + "/" + step), user)
			.content(json.writeValueAsString(Map.of("version", version, "password", PASSWORD))));
	}

	protected ResultActions dispatch(TestUser user, UUID caseId, UUID appealId, String... emails) throws Exception {
		List<Map<String, Object>> channels = new ArrayList<>();
		for (String email : emails) {
			channels.add(Map.of("channel", "EMAIL", "to", email, "name", "General Office of the State Council"));
		}
		return mvc.perform(api(post(dispatchesUrl(caseId, appealId)), user).content(json.writeValueAsString(Map.of("channels", channels))));
	}

	protected JsonNode attempts(TestUser user, UUID caseId, UUID appealId) throws Exception {
		return read(mvc.perform(api(get(dispatchesUrl(caseId, appealId)), user)).andExpect(status().isOk()).andReturn());
	}

	protected static String dispatchesUrl(UUID caseId, UUID appealId) {
		return "/api/cases/" + caseId + "/appeals/" + appealId + "/dispatches";
	}

	protected String reference(TestUser user, UUID caseId) throws Exception {
		return read(mvc.perform(api(get("/api/cases/" + caseId), user)).andReturn()).get("reference").asString();
	}

	/** The messages GreenMail received for the address. */
	protected static List<MimeMessage> mailFor(String address) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : mail.getReceivedMessages()) {
			jakarta.mail.Address[] recipients = message.getAllRecipients();
			if (recipients == null) {
				continue; // a reply placed in the mailbox by a test may name nobody
			}
			for (var to : recipients) {
				if (to.toString().contains(address)) {
					found.add(message);
				}
			}
		}
		return found;
	}

	/** Waits (polling, up to 30 s) until the condition holds: the sending runs on its own thread. */
	protected static void eventually(org.awaitility.core.ThrowingRunnable assertion) {
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(assertion);
	}

	/** The plain text of a message, whether it came alone or beside the letter's PDF. */
	protected static String textOf(jakarta.mail.Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof jakarta.mail.Multipart parts) {
			for (int i = 0; i < parts.getCount(); i++) {
				String text = textOf(parts.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	/** Dispatches on one channel to an address given in the request. */
	protected ResultActions dispatchOn(TestUser user, Approved appeal, String channel, String to, boolean confirmLongFax) throws Exception {
		return mvc.perform(api(post(dispatchesUrl(appeal.caseId(), appeal.appealId())), user).content(json.writeValueAsString(Map.of(
				"channels", List.of(Map.of("channel", channel, "to", to, "name", "Ministry of Public Security")),
				"confirmLongFax", confirmLongFax))));
	}

	/** Reads the reply mailbox now, as the officer. */
	protected ResultActions fetchMailbox(TestUser officer) throws Exception {
		return mvc.perform(api(post("/api/triage/fetch"), officer));
	}

	/** Places a message in the reply mailbox as it is, with the Message-ID it carries. */
	protected static void deliverRaw(String source) throws Exception {
		MimeMessage message = new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
				new java.io.ByteArrayInputStream(source.replace("\n", "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		mail.getUserManager().getUserByEmail(MAILBOX).deliver(message);
	}

	protected static String uniqueAddress(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@gov.example.org";
	}

}
