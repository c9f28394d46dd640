package org.vigil.e2e;

import java.util.EnumSet;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigil.accounts.AccountAdministration;
import org.vigil.accounts.Role;
import org.vigil.accounts.Teams;
import org.vigil.support.FreePort;
import org.vigil.support.TestMailServer;
import org.vigil.urgency.internal.UrgencyFeed;
import org.vigil.urgency.internal.UrgencyTestSources;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The urgency half of the sample case in a real browser: once the case's whereabouts say the
 * refugees are to be moved "imminently" to Helong (fed here through the urgency module's test-only
 * source, as the whereabouts half will through the pages), the researcher's home page — the watch
 * list — shows the case as imminent with its reason and next step, the case page's urgency section
 * says the same, the alert email reaches the team's mailbox at GreenMail, and the researcher
 * acknowledges the alert.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(UrgencyTestSources.class)
class WatchListBrowserIT extends BrowserSteps {

	private static final String PASSWORD = "a long enough browser password";

	private static final GreenMail MAIL = TestMailServer.start();

	/** Passkeys are bound to the origin http://localhost:PORT, which follows server.port: a free port, fixed for the class. */
	private static final int PORT = FreePort.pick();

	@DynamicPropertySource
	static void smtpAndPort(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry, MAIL);
		registry.add("server.port", () -> PORT);
	}

	@Autowired
	private AccountAdministration accounts;

	@Autowired
	private Teams teams;

	@Autowired
	private UrgencyFeed urgency;

	@BeforeEach
	void startBrowser() {
		browser = Browser.start();
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			screenshot("watch-list-last-page.png");
			browser.quit();
		}
	}

	@AfterAll
	static void stopMail() {
		MAIL.stop();
	}

	@Test
	void theImminentSampleCaseLeadsTheWatchListAndItsTeamIsAlertedByEmail() throws Exception {
		String suffix = Long.toString(System.nanoTime() % 100000);
		String researcher = "watcher" + suffix;
		String team = "Asia" + suffix;
		accounts.createUser(researcher, EnumSet.of(Role.RESEARCHER), team, PASSWORD.toCharArray());
		urgency.mailTeamTo(teams.findByName(team).orElseThrow().id(), "asia" + suffix + "@vigil.test", null);

		firstSignIn(researcher, PASSWORD);
		follow("New case");
		type("title", "Five North Korean refugees facing forced return from Jilin");
		type("summary", "Arrested in Shenyang, held near Yanji; a transfer to Helong, near the border, is expected.");
		new Select(browser.findElement(By.id("countryOfCustody"))).selectByValue("CN");
		new Select(browser.findElement(By.id("countryOfFearedReturn"))).selectByValue("KP");
		new Select(browser.findElement(By.id("priority"))).selectByValue("URGENT");
		submit("button.primary");
		waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Five North Korean refugees facing forced return from Jilin"));
		UUID caseId = UUID.fromString(browser.getCurrentUrl().replaceAll(".*/cases/([0-9a-f-]{36}).*", "$1"));
		String reference = text("p.reference");

		urgency.expectTransferToHelong(caseId);

		browser.get(url("/"));
		waitUntil(ExpectedConditions.urlMatches("/watch$"));
		String list = text("table.watch-list");
		assertThat(list).contains(reference, "Imminent", "Expected transfer to Helong (Jilin)", "from the border of North Korea",
				"reported as imminent by a usually reliable source 2 days ago", "No appeal sent yet.");
		assertThat(text("section.alerts")).contains(reference, "Imminent");
		screenshot("watch-list-imminent.png");

		follow(reference);
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#state-urgency .urgency-reasons")));
		assertThat(text("#state-urgency")).contains("Imminent", "Expected transfer to Helong (Jilin)", "Next step: No appeal sent yet.");
		screenshot("watch-list-case-page.png");

		assertThat(MAIL.waitForIncomingEmail(15000, 1)).isTrue();
		MimeMessage alert = MAIL.getReceivedMessages()[0];
		assertThat(alert.getSubject()).isEqualTo("[Vigil] " + reference + ": Imminent");
		assertThat(alert.getContent().toString()).contains("http://localhost:" + PORT + "/cases/" + caseId).doesNotContain("Helong");

		browser.get(url("/watch"));
		clickAndWait(By.xpath("//button[normalize-space()='Acknowledge']"));
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "The alert is acknowledged."));
		assertThat(browser.findElements(By.cssSelector("section.alerts"))).isEmpty();
	}

	@Override
	protected String url(String path) {
		return "http://localhost:" + PORT + path;
	}

}
