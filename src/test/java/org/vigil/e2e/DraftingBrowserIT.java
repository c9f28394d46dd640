package org.vigil.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigil.accounts.AccountAdministration;
import org.vigil.accounts.Role;
import org.vigil.support.FreePort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From the {@code --demo} sample case to an approved letter in a real browser: a researcher of its
 * team orders the urgent appeal, accepts the suggested addressees, edits the generated text (adding
 * a place the timeline does not know, which the page warns of, then taking it out again), submits
 * it; a second reviewer approves it and the letter is downloaded as a PDF. Counts the actions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, args = "--demo")
class DraftingBrowserIT extends BrowserSteps {

	private static final int PORT = FreePort.pick();

	@DynamicPropertySource
	static void serverPort(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
	}

	private static final String PASSWORD = "a long enough browser password";

	private static final String SAMPLE_CASE = "Five North Korean refugees facing forced return from Jilin";

	@Autowired
	private AccountAdministration accounts;

	@BeforeEach
	void startBrowser() {
		browser = Browser.start();
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			screenshot("drafting-last-page.png");
			browser.quit();
		}
	}

	@Test
	void aResearcherDraftsTheSampleCasesUrgentAppealFromItsFactsAndASecondReviewerApprovesTheLetter() throws Exception {
		String suffix = Long.toString(System.nanoTime() % 100000);
		String writer = "drafter" + suffix;
		String director = "signer" + suffix;
		accounts.createUser(writer, EnumSet.of(Role.RESEARCHER), "Asia", PASSWORD.toCharArray());
		accounts.createUser(director, EnumSet.of(Role.REVIEWER), "Asia", PASSWORD.toCharArray());
		firstSignIn(writer, PASSWORD);
		int actions = 0;

		clickAndWait(By.xpath("//tr[td[normalize-space()='" + SAMPLE_CASE + "']]//a"));
		actions++;
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.linkText("Draft an urgent appeal")));
		follow("Draft an urgent appeal");
		actions++;
		// The suggested addressees are ticked: the President of China and the Minister of Public Security.
		assertThat(text("#draft-order")).contains("President of the People's Republic of China");
		assertThat(browser.findElements(By.cssSelector("input[name=addresseeIds]:checked"))).hasSizeGreaterThanOrEqualTo(1);
		screenshot("drafting-order.png");
		submit("#draft-order button.primary");
		actions++;
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Refugee group A"));
		String body = browser.findElement(By.id("body")).getAttribute("value");
		assertThat(body).contains("Helong", "[legalArgument]", "Convention against Torture (1988)");
		String appealPage = browser.getCurrentUrl();

		// An edit that names a place the timeline does not know is warned of; taking it out again clears the warning.
		type("body", body.replace("[closing]", "They may be taken on to Tumen.\n\n[closing]"));
		clickAndWait(By.xpath("//button[normalize-space()='Save']"));
		actions += 2;
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#warnings li[data-kind=UNKNOWN_PLACE]")));
		assertThat(text("#warnings")).contains("Tumen");
		screenshot("drafting-warning.png");
		type("body", body);
		clickAndWait(By.xpath("//button[normalize-space()='Save']"));
		actions += 2;
		assertThat(browser.findElements(By.id("warnings"))).isEmpty();

		clickAndWait(By.xpath("//button[normalize-space()='Submit for review']"));
		actions++;
		waitUntil(ExpectedConditions.textToBe(By.cssSelector(".title-row .tag"), "In review"));
		signOut();

		firstSignIn(director, PASSWORD);
		browser.get(appealPage);
		actions++;
		if (!browser.findElements(By.id("approve-password")).isEmpty()) { // asked only when the sign-in is not recent
			type("approve-password", PASSWORD);
		}
		clickAndWait(By.xpath("//button[normalize-space()='Approve']"));
		actions += 2;
		waitUntil(ExpectedConditions.textToBe(By.cssSelector(".title-row .tag"), "Approved"));

		Cookie session = browser.manage().getCookieNamed("SESSION") != null ? browser.manage().getCookieNamed("SESSION")
				: browser.manage().getCookieNamed("JSESSIONID");
		String pdfPath = appealPage.replace(url(""), "").replace("/cases/", "/api/cases/") + "/pdf";
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(pdfPath)))
			.header("Cookie", session.getName() + "=" + session.getValue()).header("Accept", "application/pdf").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		actions++;
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		// Sign-ins aside, from the case page to the approved letter's PDF.
		System.out.println("UI actions from the case page to the approved letter: " + actions);
	}

}
