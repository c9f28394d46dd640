package org.vigil.e2e;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigil.accounts.AccountAdministration;
import org.vigil.accounts.Role;
import org.vigil.support.FreePort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whereabouts in a real browser, on the {@code --demo} sample case: a researcher of its team
 * pastes the contact's report into the case's "New information" box, confirms the proposed entries
 * one by one (confirming too the doubts they raise beside what the sample case already knows), and
 * sees the path from Shenyang through Yanji to Helong drawn on the offline map — under the page's
 * strict Content-Security-Policy — with each place's distance to the border of North Korea, on the
 * map and in the table beside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, args = "--demo")
class WhereaboutsBrowserIT extends BrowserSteps {

	/** Passkeys are bound to the origin http://localhost:PORT, which follows server.port: a free port, fixed for the class. */
	private static final int PORT = FreePort.pick();

	@DynamicPropertySource
	static void serverPort(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
	}

	private static final String PASSWORD = "a long enough browser password";

	private static final String SAMPLE_CASE = "Five North Korean refugees facing forced return from Jilin";

	private static final String REPORT = "apprehended by police last week in Shengyang city of Lioaning province; believed to be "
			+ "detained near Yanji; to be imminently sent to Helong city, 70 km southwest of Yanji, near the border";

	@Autowired
	private AccountAdministration accounts;

	@BeforeEach
	void startBrowser() {
		browser = Browser.start();
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			screenshot("whereabouts-last-page.png");
			browser.quit();
		}
	}

	@Test
	void aResearcherPastesTheContactsReportConfirmsItsEntriesAndSeesThePathAndDistancesOnTheMap() {
		// A name of its own, so that a rerun (failsafe reruns a failed full-stack test once) starts clean.
		String researcher = "tracer" + System.nanoTime() % 100000;
		accounts.createUser(researcher, EnumSet.of(Role.RESEARCHER), "Asia", PASSWORD.toCharArray());
		firstSignIn(researcher, PASSWORD);

		clickAndWait(By.xpath("//tr[td[normalize-space()='" + SAMPLE_CASE + "']]//a"));
		String casePage = browser.getCurrentUrl();
		// The section the case page loads by htmx: the sample case's map, already drawn from its own whereabouts.
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("report-text")));
		waitForTheMap();
		screenshot("whereabouts-case-page.png");

		type("report-text", REPORT);
		new Select(browser.findElement(By.id("report-source"))).selectByIndex(1); // the first source: the contact near Yanji
		submit("form.new-information button[type=submit]");
		waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "What the report says"));
		assertThat(text("ol.proposal-list")).contains("Shenyang, Liaoning").contains("Yanji, Jilin").contains("Helong, Jilin")
			.contains("Believed").contains("Imminent");
		screenshot("whereabouts-proposals.png");

		for (int submitted = 0; browser.findElements(By.cssSelector("form.entry-form")).size() == 1; submitted++) {
			assertThat(submitted).as("three proposals, each confirmed at most twice (once more with its doubts)").isLessThan(6);
			// Beside what the sample case already knows, a proposal may raise doubts: read and confirmed here.
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

	@Override
	protected String url(String path) {
		return "http://localhost:" + PORT + path;
	}

}
