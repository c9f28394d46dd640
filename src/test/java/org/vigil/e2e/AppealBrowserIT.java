package org.vigil.e2e;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.vigil.accounts.AccountAdministration;
import org.vigil.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The urgent appeal in a real browser: a researcher opens a case, whose page leads with the state of
 * the case and loads its parts — the next step, the legal basis, evidence, appeals — by htmx, drafts
 * an appeal to the President of China and submits it; being a reviewer too, the researcher is still
 * not offered the approval — a second reviewer of the team, who finds it waiting on their home
 * page, approves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class AppealBrowserIT extends BrowserTest {

	private static final String PASSWORD = "a long enough browser password";

	@Autowired
	private AccountAdministration accounts;

	@Test
	void aResearcherDraftsAnAppealAndASecondReviewerApprovesIt() {
		// Names of their own, so that a rerun (failsafe reruns a failed full-stack test once) starts clean.
		String suffix = Long.toString(System.nanoTime() % 100000);
		String writer = "writer" + suffix;
		String director = "director" + suffix;
		String team = "Asia" + suffix;
		accounts.createUser(writer, EnumSet.of(Role.RESEARCHER, Role.REVIEWER), team, PASSWORD.toCharArray());
		accounts.createUser(director, EnumSet.of(Role.REVIEWER), team, PASSWORD.toCharArray());

		firstSignIn(writer, PASSWORD);
		follow("New case");
		type("title", "Five refugees held near Yanji");
		type("summary", "Held near Yanji; a transfer to Helong, near the border, is expected.");
		new Select(browser.findElement(By.id("countryOfCustody"))).selectByValue("CN");
		new Select(browser.findElement(By.id("countryOfFearedReturn"))).selectByValue("KP");
		new Select(browser.findElement(By.id("priority"))).selectByValue("URGENT");
		submit("button.primary");
		waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Five refugees held near Yanji"));
		String casePage = browser.getCurrentUrl();

		// The page leads with the state of the case; each part is loaded from its module's route, and
		// one whose module has not landed yet says so instead of loading for ever.
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#state-next-step"), "Record the people at risk"));
		waitUntil(driver -> !text("#state-urgency .part").contains("Loading"));
		waitUntil(driver -> !text("#state-whereabouts .part").contains("Loading"));
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#legal-basis"), "Convention against Torture"));
		// The sections htmx loads after the page: evidence (with its upload form) and appeals.
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div.evidence form[enctype='multipart/form-data']")));
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.linkText("Draft an appeal")));
		screenshot("appeal-case-page.png");

		follow("Draft an appeal");
		type("addressee", "Xi Jinping, President of the People's Republic of China");
		type("subject", "Five North Korean refugees at imminent risk of forced return");
		type("asks", "That they not be returned; that their whereabouts be disclosed; safe passage to a third country.");
		type("body", "Your Excellency, we write to you urgently about five North Korean refugees held near Yanji.");
		submit("button.primary");
		waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Five North Korean refugees at imminent risk of forced return"));
		assertThat(text(".title-row .tag")).isEqualTo("Draft");
		String appealPage = browser.getCurrentUrl();

		clickAndWait(By.xpath("//button[normalize-space()='Submit for review']"));
		// The letter names Yanji, which this case's timeline does not know: Vigil asks before it submits.
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#warnings"), "Yanji"));
		clickAndWait(By.cssSelector("#submit-anyway"));
		waitUntil(ExpectedConditions.textToBe(By.cssSelector(".title-row .tag"), "In review"));
		assertThat(browser.findElements(By.xpath("//button[normalize-space()='Approve']")))
			.as("the writer is a reviewer too, but not the second person").isEmpty();
		assertThat(text("section.review")).contains("another reviewer of the team must");
		screenshot("appeal-in-review.png");
		signOut();

		firstSignIn(director, PASSWORD);
		// The second reviewer's home page says what waits for them, and so does the menu.
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav .waiting-count"), "1"));
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#waiting"), "waits for approval"));
		screenshot("appeal-waiting.png");
		clickAndWait(By.cssSelector("#waiting td a"));
		assertThat(browser.getCurrentUrl()).isEqualTo(appealPage);
		browser.get(casePage);
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div.appeals table")));
		assertThat(text("div.appeals")).contains("In review");
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#state-next-step"), "Review and approve the appeal"));
		browser.get(appealPage);
		clickAndWait(By.xpath("//button[normalize-space()='Approve']"));
		waitUntil(ExpectedConditions.textToBe(By.cssSelector(".title-row .tag"), "Approved"));
		assertThat(browser.findElements(By.xpath("//button[normalize-space()='Save']"))).as("an approved appeal is final").isEmpty();
		screenshot("appeal-approved.png");
	}

}
