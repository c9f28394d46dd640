package org.vigil.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigil.accounts.AccountAdministration;
import org.vigil.accounts.Role;
import org.vigil.support.FreePort;
import org.vigil.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dispatch, replies and follow-up of the sample case in a real browser, against GreenMail as the
 * real SMTP server and reply mailbox (IMAP): the appeal for the five refugees is approved; the
 * advocacy officer ticks the Ministry of Public Security's email address and fax number on the
 * appeal's page; the email and the fax (through the email-to-fax gateway) arrive with the letter's
 * PDF and the appeal's reference; when a week has passed without a reply (the clock is moved, not
 * waited for), the follow-up task is on the officer's watch list; the Ministry's reply, placed in the
 * mailbox, is read on demand, matched to the appeal by its thread and shown on the appeal's page,
 * and the follow-up it answers leaves the watch list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(DispatchBrowserIT.MovedClock.Configuration.class)
class DispatchBrowserIT extends BrowserTest {

	private static final String PASSWORD = "a long enough browser password";

	private static final String MAILBOX = "replies@vigil.test";

	private static final String FAX_GATEWAY = "fax.vigil.test";

	/** The Ministry of Public Security of China in the shipped directory: suggested as the addressee for a case in China. */
	private static final String MINISTRY = "b33315d5-e97e-55b3-89ed-f7bb39a384bf";

	private static final String MINISTRY_FAX = "+86 10 6551 2345";

	private static final GreenMail MAIL = startMail();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry, MAIL);
		registry.add("vigil.dispatch.mail-from", () -> MAILBOX);
		registry.add("vigil.dispatch.imap.host", () -> "127.0.0.1");
		registry.add("vigil.dispatch.imap.port", () -> MAIL.getImap().getPort());
		registry.add("vigil.dispatch.imap.ssl", () -> "false");
		registry.add("vigil.dispatch.imap.username", () -> MAILBOX);
		registry.add("vigil.dispatch.imap.password", () -> "mailbox secret 42");
		registry.add("vigil.dispatch.imap.fetch-every", () -> "PT1H");
		registry.add("vigil.dispatch.fax.gateway-pattern", () -> "{number}@" + FAX_GATEWAY);
		// The follow-up schedule looks often, so that a task falls due soon after the clock is moved.
		registry.add("vigil.followup.first-check-after", () -> "PT1S");
		registry.add("vigil.followup.check-every", () -> "PT1S");
	}

	private static GreenMail startMail() {
		GreenMail mail = new GreenMail(new ServerSetup[] { new ServerSetup(FreePort.pick(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
				new ServerSetup(FreePort.pick(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
		mail.start();
		mail.setUser(MAILBOX, MAILBOX, "mailbox secret 42");
		return mail;
	}

	@Autowired
	private AccountAdministration accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MovedClock clock;

	@AfterAll
	static void stopMail() {
		MAIL.stop();
	}

	@Test
	void theApprovedAppealGoesOutByEmailAndFaxItsReplyIsMatchedAndItsFollowUpFallsDue() throws Exception {
		String suffix = Long.toString(System.nanoTime() % 100000);
		String writer = "writer" + suffix;
		String officer = "officer" + suffix;
		String team = "Asia" + suffix;
		accounts.createUser(writer, EnumSet.of(Role.RESEARCHER), team, PASSWORD.toCharArray());
		accounts.createUser(officer, EnumSet.of(Role.REVIEWER, Role.ADVOCACY), team, PASSWORD.toCharArray());
		String ministryEmail = "mps" + suffix + "@gov.example.org";
		ministryReachableBy(ministryEmail);

		firstSignIn(writer, PASSWORD);
		follow("New case");
		type("title", "Five North Korean refugees facing forced return from Jilin");
		type("summary", "Arrested in Shenyang, held near Yanji; a transfer to Helong, near the border, is expected.");
		new Select(browser.findElement(By.id("countryOfCustody"))).selectByValue("CN");
		new Select(browser.findElement(By.id("countryOfFearedReturn"))).selectByValue("KP");
		new Select(browser.findElement(By.id("priority"))).selectByValue("URGENT");
		submit("button.primary");
		waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Five North Korean refugees facing forced return from Jilin"));
		String caseReference = text("p.reference");
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.linkText("Draft an appeal")));
		follow("Draft an appeal");
		type("addressee", "Wang Xiaohong, Minister of Public Security");
		type("subject", "Five North Korean refugees at imminent risk of forced return");
		type("asks", "That they not be returned; that their whereabouts be disclosed.");
		type("body", "Your Excellency, we write to you urgently about five North Korean refugees in your custody.");
		submit("button.primary");
		waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Five North Korean refugees at imminent risk of forced return"));
		String appealPage = browser.getCurrentUrl();
		clickAndWait(By.xpath("//button[normalize-space()='Submit for review']"));
		if (!browser.findElements(By.cssSelector("#submit-anyway")).isEmpty()) {
			clickAndWait(By.cssSelector("#submit-anyway"));
		}
		waitUntil(ExpectedConditions.textToBe(By.cssSelector(".title-row .tag"), "In review"));
		signOut();

		firstSignIn(officer, PASSWORD);
		browser.get(appealPage);
		clickAndWait(By.xpath("//button[normalize-space()='Approve']"));
		waitUntil(ExpectedConditions.textToBe(By.cssSelector(".title-row .tag"), "Approved"));

		// The dispatch part of the page offers the ministry's channels, each with the day it was known right.
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.dispatch input[value='" + MINISTRY + ":EMAIL']")));
		assertThat(text("section.dispatch")).contains(ministryEmail, MINISTRY_FAX, "address as of");
		click("section.dispatch input[value='" + MINISTRY + ":EMAIL']");
		click("section.dispatch input[value='" + MINISTRY + ":FAX']");
		screenshot("dispatch-chosen.png");
		clickAndWait(By.cssSelector("section.dispatch button.primary"));
		waitUntilShown(appealPage, "section.dispatch table", "Sent", 2);
		screenshot("dispatch-sent.png");

		MimeMessage email = single(received(ministryEmail));
		String appealReference = email.getSubject().replaceAll(".*\\b(A-[0-9A-F]{8})\\b.*", "$1");
		assertThat(email.getSubject()).contains(caseReference).matches(".*\\bA-[0-9A-F]{8}\\b.*");
		assertThat(pdfText(email)).contains("five North Korean refugees", appealReference);
		MimeMessage fax = single(received("00861065512345@" + FAX_GATEWAY));
		assertThat(pdfText(fax)).contains(MINISTRY_FAX, "five North Korean refugees", appealReference);

		// No reply for a week: the follow-up falls due and is on the officer's watch list.
		clock.advance(Duration.ofDays(8));
		browser.get(url("/watch"));
		waitUntilShown(url("/watch"), "main", "Follow up: no reply yet", 1);
		assertThat(text("table.follow-up-tasks")).contains(caseReference);
		screenshot("dispatch-follow-up-due.png");

		// The ministry answers in the thread of the email; the officer reads the mailbox now.
		placeReply(email, "Re: " + email.getSubject(), "We acknowledge receipt of your letter of concern.");
		browser.get(url("/triage"));
		clickAndWait(By.xpath("//button[normalize-space()='Read the mailbox now']"));
		assertThat(text("main")).contains("Read 1");
		browser.get(appealPage);
		waitUntilShown(appealPage, "section.dispatch", "We acknowledge receipt of your letter of concern.", 1);
		assertThat(text("section.dispatch article.reply")).contains(ministryEmail);
		screenshot("dispatch-reply.png");

		// The reply answers the follow-up: the next run of the schedule closes it.
		waitUntilShown(url("/watch"), "main", "No follow-up task is due.", 1);
	}

	/**
	 * The directory's entry for the Ministry gains an email address and a fax number, as the
	 * directory's keepers would enter them (the shipped directory knows only its postal address).
	 */
	private void ministryReachableBy(String email) {
		String added = """
				[{"kind": "FAX", "value": "%s", "asOf": "2026-11-02", "source": "Ministry website"},
				 {"kind": "EMAIL", "value": "%s", "asOf": "2026-11-02", "source": "Ministry website"}]""".formatted(MINISTRY_FAX, email);
		int updated = jdbc.update("update directory_authorities set channels = ((select coalesce(jsonb_agg(c), '[]'::jsonb) "
				+ "from jsonb_array_elements(channels::jsonb) c where c->>'kind' not in ('FAX', 'EMAIL')) || ?::jsonb)::text where id = ?::uuid",
				added, MINISTRY);
		assertThat(updated).isOne();
	}

	/** Reloads the page until the element holds the text as many times as asked: sending and the schedule run on their own threads. */
	private void waitUntilShown(String page, String css, String expected, int times) {
		waitUntil(driver -> {
			driver.get(page);
			List<String> texts = driver.findElements(By.cssSelector(css)).stream().map(e -> e.getText()).toList();
			return String.join("\n", texts).split(java.util.regex.Pattern.quote(expected), -1).length - 1 >= times;
		});
	}

	private static List<MimeMessage> received(String address) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : MAIL.getReceivedMessages()) {
			Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
			if (to != null && to.length > 0 && ((InternetAddress) to[0]).getAddress().equalsIgnoreCase(address)) {
				found.add(message);
			}
		}
		return found;
	}

	private static MimeMessage single(List<MimeMessage> messages) {
		assertThat(messages).as("one message arrived").hasSize(1);
		return messages.get(0);
	}

	/** The text of the one PDF the message carries. */
	private static String pdfText(MimeMessage message) throws Exception {
		List<byte[]> pdfs = new ArrayList<>();
		collectPdfs(message, pdfs);
		assertThat(pdfs).as("one PDF attached").hasSize(1);
		try (PDDocument pdf = Loader.loadPDF(pdfs.get(0))) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}

	private static void collectPdfs(Part part, List<byte[]> found) throws Exception {
		if (part.isMimeType("application/pdf")) {
			found.add(part.getInputStream().readAllBytes());
		}
		else if (part.getContent() instanceof Multipart parts) {
			for (int i = 0; i < parts.getCount(); i++) {
				collectPdfs(parts.getBodyPart(i), found);
			}
		}
	}

	/** A reply from the letter's addressee in its thread, placed in the reply mailbox as the mail server would. */
	private static void placeReply(MimeMessage letter, String subject, String text) throws Exception {
		MimeMessage reply = new MimeMessage(Session.getInstance(new Properties()));
		reply.setFrom(letter.getRecipients(MimeMessage.RecipientType.TO)[0]);
		reply.setRecipients(MimeMessage.RecipientType.TO, MAILBOX);
		reply.setSubject(subject, StandardCharsets.UTF_8.name());
		reply.setHeader("In-Reply-To", letter.getMessageID());
		reply.setHeader("References", letter.getMessageID());
		reply.setText(text, StandardCharsets.UTF_8.name());
		reply.saveChanges();
		MAIL.getUserManager().getUserByEmail(MAILBOX).deliver(reply);
	}

	/**
	 * The application's clock: the system's, moved forward by what the test asks. It keeps running, so
	 * that the codes of the authenticator app, worked out from the real time, stay right for sign-ins
	 * made before it is moved.
	 */
	static class MovedClock extends Clock {

		private volatile Duration ahead = Duration.ZERO;

		void advance(Duration by) {
			ahead = ahead.plus(by);
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(ahead);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@TestConfiguration(proxyBeanMethods = false)
		static class Configuration {

			@Bean
			MovedClock movedClock() {
				return new MovedClock();
			}

		}

	}

}
