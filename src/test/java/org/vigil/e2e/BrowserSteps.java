package org.vigil.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.vigil.support.Authenticator;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does in the browser, in the words the browser tests use. */
abstract class BrowserSteps {

	protected WebDriver browser;

	/** Types into a field as a user would after selecting what it holds: a prefilled value is replaced. */
	protected void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	protected void click(String css) {
		browser.findElement(By.cssSelector(css)).click();
	}

	protected String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText();
	}

	/** Clicks what leads to another page, and waits until that page has replaced this one. */
	protected void clickAndWait(By target) {
		WebElement leaving = browser.findElement(By.tagName("html"));
		browser.findElement(target).click();
		waitUntil(driver -> isGone(leaving));
	}

	/**
	 * Whether the element belongs to a page that has been replaced. Chromium reports a replaced page's
	 * element as stale, or, while the next page is being built, as a node "that does not belong to
	 * the document": both mean the old page is gone.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException gone) {
			return true;
		}
	}

	protected void submit(String css) {
		clickAndWait(By.cssSelector(css));
	}

	protected void follow(String linkText) {
		clickAndWait(By.linkText(linkText));
	}

	/** Waits for the page a click leads to, instead of reading the page being left. */
	protected void waitUntil(ExpectedCondition<?> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
	}

	/** Saves what the browser shows in target/screenshots, to look at after the run. */
	protected void screenshot(String name) {
		try {
			Path shots = Files.createDirectories(Path.of("target/screenshots"));
			Files.write(shots.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}


	/** The port the server under test listens on: a free one, chosen by each test class (see FreePort). */
	@LocalServerPort
	private int port;

	/** The address of a page of the server under test. */
	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** The password step of signing in. */
	protected void passwordStep(String username, String password) {
		browser.get(url("/login"));
		type("username", username);
		type("password", password);
		click("button.primary");
	}

	/**
	 * A first sign-in: the password, the authenticator app set up from the key on the page
	 * (computing the code as the phone would), the recovery codes; answers the app.
	 */
	protected Authenticator firstSignIn(String username, String password) {
		passwordStep(username, password);
		waitUntil(ExpectedConditions.urlMatches("/second-factor/enrol$"));
		Authenticator phone = new Authenticator(text("#totp-key"));
		type("code", phone.freshCode().orElseThrow());
		click("button.primary");
		click("#continue");
		waitUntil(ExpectedConditions.urlMatches("/cases$"));
		return phone;
	}

	protected void signOut() {
		click("button.link");
		waitUntil(ExpectedConditions.urlContains("/login?logout"));
	}

}
