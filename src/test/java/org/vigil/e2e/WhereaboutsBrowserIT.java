package org.vigil.e2e;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
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
import org.vigil.support.TestMailServer;
import org.vigil.urgency.internal.TeamMailboxes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample case from the contact's report to the team's alert, in a real browser and in one go:
 * a researcher opens the case of the five refugees (a group of five, the contact near Yanji as its
 * source, usually reliable), pastes what the contact reported two days ago into the case's "New
 * information" box and confirms the proposed entries one by one; sees the path from Shenyang through
 * Yanji to Helong drawn on the offline map — under the page's strict Content-Security-Policy — with
 * each place's distance to the border of North Korea, on the map and in the table beside it; finds
 * the case leading the watch list as imminent, with its reason and next step; and the alert email
 * reaches the team's mailbox at GreenMail, naming the case but not the place. Nothing is fed past
 * the pages: the urgency comes from the entries the researcher confirmed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(TeamMailboxes.class)
class WhereaboutsBrowserIT extends BrowserTest {

	private static final GreenMail MAIL = TestMailServer.start();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry, MAIL);
	}

	private static final String PASSWORD = "a long enough browser password";

	private static final String SAMPLE_CASE = "Five North Korean refugees facing forced return from Jilin";

	private static final String REPORT = "apprehended by police last week in Shengyang city of Lioaning province; believed to be "
			+ "detained near Yanji; to be imminently sent to Helong city, 70 km southwest of Yanji, near the border";

	@Autowired
	private AccountAdministration accounts;

	@Autowired
	private Teams teams;

	@Autowired
	private TeamMailboxes.Mailboxes mailboxes;

	@AfterAll
	static void stopMail() {
		MAIL.stop();
	}

	@Test
	void aResearcherPastesTheContactsReportConfirmsItsEntriesSeesThePathOnTheMapAndTheImminentCaseOnTheWatchListAndTheTeamIsMailed()
			throws Exception {
		// Names of its own, so that a rerun (failsafe reruns a failed full-stack test once) starts clean.
		String suffix = Long.toString(System.nanoTime() % 100000);
		String researcher = "tracer" + suffix;
		String team = "Asia" + suffix;
		String mailbox = "asia" + suffix + "@vigil.test";
		accounts.createUser(researcher, EnumSet.of(Role.RESEARCHER), team, PASSWORD.toCharArray());
		mailboxes.mailTeamTo(teams.findByName(team).orElseThrow().id(), mailbox, null);
		firstSignIn(researcher, PASSWORD);

		String reference = openTheSampleCase();
		String casePage = browser.getCurrentUrl();
		UUID caseId = UUID.fromString(casePage.replaceAll(".*/cases/([0-9a-f-]{36}).*", "$1"));
		// The section the case page loads by htmx, with its "New information" box.
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("report-text")));
		screenshot("whereabouts-case-page.png");

		type("report-text", REPORT);
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("report-date")),
				LocalDate.now().minusDays(2).toString());
		new Select(browser.findElement(By.id("report-source"))).selectByIndex(1); // its only source: the contact near Yanji
		submit("form.new-information button[type=submit]");
		waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "What the report says"));
		assertThat(text("ol.proposal-list")).contains("Shenyang, Liaoning").contains("Yanji, Jilin").contains("Helong, Jilin")
			.contains("Believed").contains("Imminent");
		screenshot("whereabouts-proposals.png");

		for (int submitted = 0; browser.findElements(By.cssSelector("form.entry-form")).size() == 1; submitted++) {
			assertThat(submitted).as("three proposals, each confirmed at most twice (once more with its doubts)").isLessThan(6);
			// A proposal may raise doubts beside what the case already knows: read and confirmed here.
			for (WebElement doubt : browser.findElements(By.cssSelector("ul.flags input[type=checkbox]"))) {
				if (!doubt.isSelected()) {
					doubt.click();
				}
			}
			submit("form.entry-form button.primary");
		}
		assertThat(text(".notice.ok")).contains("Every proposal of the report was confirmed");
		assertThat(text("main")).contains("Timeline of Refugee group A").contains("Expected transfer or handover");

		waitForTheMap();
		assertTheMapShowsThePathAndDistances();
		screenshot("whereabouts-map.png");

		// The case page draws the same map in the section it loads.
		browser.get(casePage);
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("report-text")));
		waitForTheMap();
		assertTheMapShowsThePathAndDistances();
		@SuppressWarnings("unchecked")
		List<String> requested = (List<String>) ((JavascriptExecutor) browser)
			.executeScript("return performance.getEntriesByType('resource').map(function (r) { return r.name; });");
		assertThat(requested).as("the basemap, the border, the map's data and Leaflet itself come from Vigil")
			.anySatisfy(address -> assertThat(address).contains("/api/geo/basemap"))
			.anySatisfy(address -> assertThat(address).contains("/webjars/leaflet/"))
			.allSatisfy(address -> assertThat(address).startsWith(url("/")));

		// The home page is the watch list; the case is assessed again once the entries are committed.
		waitUntil(driver -> {
			driver.get(url("/"));
			return driver.getCurrentUrl().endsWith("/watch") && text("table.watch-list").contains("Imminent");
		});
		// The contact near Yanji is a confidential source: the reasons, read by everyone on the case, keep its reliability back.
		assertThat(text("table.watch-list")).contains(reference, "Imminent", "Expected transfer to Helong (Jilin)",
				"from the border of North Korea", "reported as imminent by a confidential source 2 days ago", "No appeal sent yet.")
			.doesNotContain("usually reliable");
		assertThat(text("section.alerts")).contains(reference, "Imminent");
		screenshot("watch-list-imminent.png");

		follow(reference);
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#state-urgency .urgency-reasons")));
		assertThat(text("#state-urgency")).contains("Imminent", "Expected transfer to Helong (Jilin)", "Next step: No appeal sent yet.");
		screenshot("watch-list-case-page.png");

		assertThat(MAIL.waitForIncomingEmail(15000, 1)).as("the alert email").isTrue();
		MimeMessage alert = MAIL.getReceivedMessages()[0];
		assertThat(Stream.of(alert.getAllRecipients()).map(Object::toString)).containsExactly(mailbox);
		assertThat(alert.getSubject()).isEqualTo("[Vigil] " + reference + ": Imminent");
		assertThat(alert.getContent().toString()).contains(url("/cases/" + caseId)).doesNotContain("Helong").doesNotContain("Yanji");

		browser.get(url("/watch"));
		clickAndWait(By.xpath("//button[normalize-space()='Acknowledge']"));
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "The alert is acknowledged."));
		assertThat(browser.findElements(By.cssSelector("section.alerts"))).isEmpty();
	}

	/** Opens the sample case as a researcher enters it: the case, the group of five, the contact near Yanji; answers its reference. */
	private String openTheSampleCase() {
		follow("New case");
		type("title", SAMPLE_CASE);
		type("summary", "Arrested in Shenyang, held near Yanji; a transfer to Helong, near the border, is expected.");
		new Select(browser.findElement(By.id("countryOfCustody"))).selectByValue("CN");
		new Select(browser.findElement(By.id("countryOfFearedReturn"))).selectByValue("KP");
		new Select(browser.findElement(By.id("priority"))).selectByValue("URGENT");
		submit("button.primary");
		waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), SAMPLE_CASE));
		String reference = text("p.reference");

		follow("Add a person or group");
		new Select(browser.findElement(By.id("kind"))).selectByValue("GROUP");
		type("numberOfPersons", "5");
		type("publicLabel", "Refugee group A");
		submit("button.primary");
		waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), SAMPLE_CASE));

		follow("Add a source");
		type("label", "Contact near Yanji");
		new Select(browser.findElement(By.id("reliability"))).selectByValue("MEDIUM");
		submit("button.primary");
		waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), SAMPLE_CASE));
		assertThat(text("main")).contains("Refugee group A").contains("Contact near Yanji");
		return reference;
	}

	private void waitForTheMap() {
		waitUntil(driver -> {
			List<WebElement> maps = driver.findElements(By.id("whereabouts-map"));
			String drawn = maps.isEmpty() ? null : maps.get(0).getAttribute("data-drawn");
			assertThat(drawn).as("the map is not drawn: " + (maps.isEmpty() ? "" : maps.get(0).getAttribute("data-failure"))).isNotEqualTo("failed");
			return "drawn".equals(drawn);
		});
	}

	private void assertTheMapShowsThePathAndDistances() {
		assertThat(browser.findElements(By.cssSelector("#whereabouts-map path.whereabouts-path"))).as("the way they went").isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#whereabouts-map path.whereabouts-path.expected")))
			.as("the expected transfer, dashed").hasSize(1);
		assertThat(browser.findElements(By.cssSelector("#whereabouts-map path.whereabouts-place"))).as("Shenyang, Yanji, Helong")
			.hasSize(3);
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#whereabouts-map path.feared-return-border")));
		String labels = text("#whereabouts-map .leaflet-tooltip-pane");
		assertThat(labels).contains("Shenyang, Liaoning").contains("Yanji, Jilin").contains("Helong, Jilin")
			.containsPattern("\\d+(\\.\\d)? km from North Korea");
		String distances = text("table.distances");
		assertThat(distances).contains("Helong, Jilin").contains("expected destination").containsPattern("\\d+(\\.\\d)? km");
	}

}
