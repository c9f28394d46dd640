package org.vigil.e2e;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.vigil.support.Authenticator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's first day in a real browser: first-run setup, creating a colleague, signing in as
 * the colleague (setting up the second factor on the way), opening a case, adding a group of persons, looking at
 * the case's access tab, editing the case, reading the history entry, signing out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ExtendWith(OutputCaptureExtension.class)
class FirstDayBrowserIT extends BrowserTest {

	@BeforeEach
	void plugInSecurityKey() {
		addSecurityKey();
	}

	@Test
	void fromFirstRunSetupToTheHistoryOfAnEditedCase(CapturedOutput output) {
		Matcher link = Pattern.compile("http://localhost:\\d+/setup\\?token=[A-Za-z0-9_-]+").matcher(output.getAll());
		assertThat(link.find()).as("the server prints a one-time setup link").isTrue();

		// First-run setup creates the administrator.
		browser.get(link.group());
		type("username", "director");
		type("password", "a long director password");
		type("team", "Asia");
		submit("button[type=submit]");
		assertThat(text(".notice.ok")).contains("The administrator account was created");

		signIn("director", "a long director password");
		follow("Users");
		// Administrators need a passkey first: registered here on the browser's virtual security key.
		waitUntil(ExpectedConditions.urlContains("/passkeys?required"));
		type("passkey-label", "director's key");
		click("#add-passkey");
		waitUntil(ExpectedConditions.urlContains("/passkeys?added"));
		follow("Users");
		// This session was completed with a code: the administration pages ask for the passkey itself.
		waitUntil(ExpectedConditions.urlContains("/second-factor/passkey"));
		click("#use-passkey");
		waitUntil(ExpectedConditions.urlMatches("/admin/users$"));
		type("username", "researcher");
		type("password", "a long researcher password");
		new Select(browser.findElement(By.id("team"))).selectByValue("Asia"); // teams are chosen, not typed
		submit("button.primary");
		assertThat(text(".notice.ok")).contains("User researcher was created");
		screenshot("users-page.png");
		submit("button.link"); // sign out
		waitUntil(ExpectedConditions.urlContains("/login?logout"));

		signIn("researcher", "a long researcher password");
		follow("New case");
		type("title", "Five refugees held near Yanji");
		type("summary", "Arrested in Shenyang, held near Yanji, transfer to Helong expected.");
		new Select(browser.findElement(By.id("countryOfCustody"))).selectByValue("CN");
		new Select(browser.findElement(By.id("countryOfFearedReturn"))).selectByValue("KP");
		new Select(browser.findElement(By.id("priority"))).selectByValue("URGENT");
		submit("button.primary");
		// Wait for the case page: reading the form page's heading while it unloads is a stale element.
		waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Five refugees held near Yanji"));
		assertThat(text(".reference")).matches("CN \\d+/\\d{4}");

		follow("Add a person or group");
		new Select(browser.findElement(By.id("kind"))).selectByValue("GROUP");
		browser.findElement(By.id("numberOfPersons")).clear();
		type("numberOfPersons", "5");
		type("publicLabel", "Refugee group A");
		submit("button.primary");
		assertThat(text("main")).contains("Refugee group A").contains("Group of 5");

		// Access has a tab of its own: sharing is there, not on the case page.
		follow("Access");
		waitUntil(ExpectedConditions.urlMatches("/access$"));
		assertThat(text("#sharing h2")).isEqualTo("Share with a colleague outside the team");
		follow("Case");
		waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Five refugees held near Yanji"));

		follow("Edit case");
		WebElement title = browser.findElement(By.id("title"));
		title.clear();
		title.sendKeys("Five North Korean refugees held near Yanji");
		submit("button.primary");
		assertThat(text(".notice.ok")).contains("Your changes were saved");

		follow("Full history");
		String history = text("ol.history");
		assertThat(history).contains("researcher changed the case")
			.contains("Five refugees held near Yanji")
			.contains("Five North Korean refugees held near Yanji")
			.contains("researcher recorded Refugee group A");

		submit("button.link");
		waitUntil(ExpectedConditions.urlContains("/login?logout"));
		assertThat(text(".notice.ok")).contains("You are signed out");
		browser.get(url("/cases"));
		assertThat(browser.getCurrentUrl()).contains("/login");
	}

	/**
	 * A first sign-in: the password, then setting up the authenticator app from the key on the
	 * page (computing the code as the phone would), then the recovery codes, shown once.
	 */
	private void signIn(String username, String password) {
		browser.get(url("/login"));
		type("username", username);
		type("password", password);
		submit("button.primary");
		waitUntil(ExpectedConditions.urlMatches("/second-factor/enrol$"));
		browser.get(url("/cases"));
		assertThat(browser.getCurrentUrl()).as("nothing opens before the second factor").doesNotEndWith("/cases");
		browser.get(url("/second-factor"));
		screenshot("second-factor-enrolment-" + username + ".png");
		Authenticator phone = new Authenticator(text("#totp-key"));
		assertThat(text("#totp-uri")).startsWith("otpauth://totp/Vigil:" + username + "?secret=");
		type("code", phone.freshCode().orElseThrow());
		submit("button.primary");
		assertThat(browser.findElements(By.cssSelector("ul.recovery-codes li"))).hasSize(10);
		screenshot("second-factor-recovery-codes-" + username + ".png");
		submit("#continue");
		waitUntil(ExpectedConditions.urlMatches("/cases$"));
	}

}
