package org.vigil.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.vigil.accounts.AccountAdministration;
import org.vigil.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From the {@code --demo} sample case to an approved letter in a real browser: two directors set how
 * they sign; a researcher of their team orders the urgent appeal, accepts the suggested addressees,
 * edits the generated text (adding a place the timeline does not know, which the page warns of, then
 * taking it out again), names the two directors as signatories and submits it; each director
 * approves the text they sign, and the letter downloaded as a PDF holds the references and the facts
 * of the case on every page. Counts the actions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, args = "--demo")
class DraftingBrowserIT extends BrowserTest {

	private static final String PASSWORD = "a long enough browser password";

	private static final String SAMPLE_CASE = "Five North Korean refugees facing forced return from Jilin";

	@Autowired
	private AccountAdministration accounts;

	@Test
	void aResearcherDraftsTheSampleCasesUrgentAppealFromItsFactsAndBothSignatoriesApproveTheLetter() throws Exception {
		String suffix = Long.toString(System.nanoTime() % 100000);
		String writer = "drafter" + suffix;
		accounts.createUser(writer, EnumSet.of(Role.RESEARCHER), "Asia", PASSWORD.toCharArray());
		Set<Cookie> director = signatory("director" + suffix, "Kim Min-ji " + suffix, "Asia Director");
		Set<Cookie> advocacy = signatory("advocacy" + suffix, "Park Ji-hoon " + suffix, "Head of Advocacy");
		firstSignIn(writer, PASSWORD);
		int actions = 0;

		clickAndWait(By.xpath("//tr[td[normalize-space()='" + SAMPLE_CASE + "']]//a"));
		actions++;
		String caseReference = text(".reference");
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
		Select signatories = new Select(browser.findElement(By.id("signatoryIds")));
		signatories.selectByVisibleText("Kim Min-ji " + suffix + ", Asia Director");
		signatories.selectByVisibleText("Park Ji-hoon " + suffix + ", Head of Advocacy");
		clickAndWait(By.xpath("//button[normalize-space()='Save']"));
		actions += 4;
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#warnings li[data-kind=UNKNOWN_PLACE]")));
		assertThat(text("#warnings")).contains("Tumen");
		screenshot("drafting-warning.png");
		type("body", body);
		clickAndWait(By.xpath("//button[normalize-space()='Save']"));
		actions += 2;
		assertThat(browser.findElements(By.id("warnings"))).isEmpty();
		assertThat(text("section.signatories")).contains("Kim Min-ji " + suffix, "Park Ji-hoon " + suffix);

		clickAndWait(By.xpath("//button[normalize-space()='Submit for review']"));
		actions++;
		waitUntil(ExpectedConditions.textToBe(By.cssSelector(".title-row .tag"), "In review"));
		signOut();

		// Each signatory approves the text they sign; the letter is approved with the second approval.
		actions += approveAs(director, appealPage);
		assertThat(text(".title-row .tag")).isEqualTo("In review");
		assertThat(text("section.signatories")).contains("Approved");
		actions += approveAs(advocacy, appealPage);
		waitUntil(ExpectedConditions.textToBe(By.cssSelector(".title-row .tag"), "Approved"));

		// The approved appeal's page offers its letter; the download is fetched with the session (a headless
		// browser saves downloads out of sight).
		String pdfLink = browser.findElement(By.linkText("Download the letter (PDF)")).getAttribute("href");
		assertThat(pdfLink).isEqualTo(appealPage.replace("/cases/", "/api/cases/") + "/pdf");
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfLink))
			.header("Cookie", cookieHeader(advocacy)).header("Accept", "application/pdf").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		actions++;
		assertThat(pdf.statusCode()).isEqualTo(200);
		List<String> pages = pages(pdf.body());
		assertThat(pages).allSatisfy(page -> assertThat(page).contains(caseReference));
		assertThat(String.join(" ", pages)).contains("Xi Jinping", "Refugee group A", "Helong", "Convention against Torture (1988)",
				"Kim Min-ji " + suffix, "Head of Advocacy").doesNotContain("Tumen");
		// Sign-ins aside, from the case page to the approved letter's PDF.
		System.out.println("UI actions from the case page to the approved letter: " + actions);
	}

	/**
	 * A reviewer of the team who signs in for the first time and sets how they sign letters; answers
	 * their session's cookies, kept aside (the browser forgets them) until they come back to approve.
	 */
	private Set<Cookie> signatory(String username, String name, String title) {
		accounts.createUser(username, EnumSet.of(Role.REVIEWER), "Asia", PASSWORD.toCharArray());
		firstSignIn(username, PASSWORD);
		browser.get(url("/settings/signing"));
		type("name", name);
		type("title", title);
		submit("main form.form button.primary");
		assertThat(text("main")).contains("was saved");
		Set<Cookie> session = Set.copyOf(browser.manage().getCookies());
		browser.manage().deleteAllCookies();
		return session;
	}

	/** The signatory comes back to the appeal and approves it (with their password if the sign-in is not recent); answers the actions. */
	private int approveAs(Set<Cookie> session, String appealPage) {
		browser.manage().deleteAllCookies();
		session.forEach(browser.manage()::addCookie);
		browser.get(appealPage);
		int actions = 1;
		if (!browser.findElements(By.id("approve-password")).isEmpty()) {
			type("approve-password", PASSWORD);
			actions++;
		}
		clickAndWait(By.xpath("//button[normalize-space()='Approve as signatory']"));
		return actions + 1;
	}

	private static String cookieHeader(Set<Cookie> session) {
		return session.stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
	}

	/** The text of each page of the PDF, its white space folded. */
	private static List<String> pages(byte[] pdf) throws Exception {
		List<String> pages = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(document).replaceAll("\\s+", " "));
			}
		}
		return pages;
	}

}
