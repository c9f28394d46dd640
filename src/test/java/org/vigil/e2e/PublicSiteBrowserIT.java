package org.vigil.e2e;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.vigil.publishing.PublicItem;
import org.vigil.publishing.PublicKind;
import org.vigil.publishing.PublicSite;
import org.vigil.publishing.PublicText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 (tests): the public site in a real browser, as a reader without a Korean or Chinese font
 * of their own sees it (this machine's Chromium has none): a Korean and a Chinese item are listed on
 * {@code /public} and shown on their pages in real glyphs — each character drawn differently, none as
 * the empty box a missing glyph leaves — and a printed page leaves out what is only for the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class PublicSiteBrowserIT extends BrowserTest {

	/**
	 * Draws each character of the text in the element's own font, once the fonts it needs have loaded,
	 * and answers how many distinct drawings there were, how many characters, and how many were drawn
	 * as a private-use character is (the box of a missing glyph); also whether two private-use
	 * characters look alike, which shows that this browser draws a missing glyph as one box.
	 */
	private static final String GLYPHS = """
			const [element, done] = arguments;
			const style = getComputedStyle(element);
			const font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
			const text = element.textContent.trim();
			document.fonts.load(font, text).then(() => document.fonts.ready).then(() => {
			  const canvas = document.createElement('canvas');
			  canvas.width = 96; canvas.height = 96;
			  const pen = canvas.getContext('2d');
			  pen.font = font;
			  const drawing = c => { pen.clearRect(0, 0, 96, 96); pen.fillText(c, 16, 64);
			    return Array.from(pen.getImageData(0, 0, 96, 96).data).join(''); };
			  const chars = [...new Set([...text].filter(c => c.trim() !== ''))];
			  const missing = drawing('\\uE000');
			  done({ chars: chars.length, distinct: new Set(chars.map(drawing)).size,
			    missing: chars.filter(c => drawing(c) === missing).length, boxesAlike: missing === drawing('\\uE001') });
			});
			""";

	@Autowired
	private PublicSite site;

	@Test
	void aKoreanAndAChineseItemAreListedAndShownInRealGlyphs() {
		String korean = "탈북민 강제송환 중단 촉구 " + serial();
		String chinese = "停止强制遣返朝鲜难民 " + serial();
		PublicItem koreanItem = site.publish(text("ko", korean, "다섯 명의 난민이 옌지 근처에 구금되어 있습니다."));
		PublicItem chineseItem = site.publish(text("zh", chinese, "五名难民被关押在延吉附近。"));

		browser.get(url("/public"));
		for (String title : List.of(korean, chinese)) {
			WebElement link = browser.findElement(By.linkText(title));
			assertThat(link.isDisplayed()).as(title).isTrue();
			assertRealGlyphs(link);
		}

		browser.get(url(koreanItem.path()));
		assertThat(browser.findElement(By.cssSelector("article.public-item")).getDomAttribute("lang")).isEqualTo("ko");
		assertRealGlyphs(browser.findElement(By.cssSelector("article.public-item h1")));
		assertRealGlyphs(browser.findElement(By.cssSelector(".public-body p")));
		browser.get(url(chineseItem.path()));
		assertThat(browser.findElement(By.cssSelector("article.public-item")).getDomAttribute("lang")).isEqualTo("zh");
		assertRealGlyphs(browser.findElement(By.cssSelector(".public-body p")));
	}

	@Test
	void aPrintedPageLeavesOutTheSearchButKeepsTheText() {
		PublicItem item = site.publish(text("en", "Do not return the five " + serial(), "They are held near Yanji."));
		browser.get(url(item.path()));
		assertThat(browser.findElement(By.cssSelector(".public-search")).isDisplayed()).isTrue();

		((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

		assertThat(browser.findElement(By.cssSelector(".public-search")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.cssSelector(".public-body p")).getText()).isEqualTo("They are held near Yanji.");
	}

	@SuppressWarnings("unchecked")
	private void assertRealGlyphs(WebElement element) {
		Map<String, Object> drawn = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(GLYPHS, element);
		assertThat(drawn.get("boxesAlike")).as("a missing glyph is drawn as one box in this browser").isEqualTo(true);
		assertThat(((Number) drawn.get("missing")).intValue()).as("characters drawn as a missing glyph in " + element.getText()).isZero();
		assertThat(((Number) drawn.get("distinct")).intValue()).as("distinct drawings in " + element.getText())
			.isEqualTo(((Number) drawn.get("chars")).intValue());
	}

	private static PublicText text(String language, String title, String body) {
		return new PublicText(UUID.randomUUID(), PublicKind.URGENT_APPEAL, title, "", body, language, "030", "CN",
				List.of("Refoulement"), Instant.now());
	}

	/** Digits of their own, so that a rerun (failsafe reruns a failed full-stack test once) finds its own items. */
	private static String serial() {
		return Long.toString(System.nanoTime() % 100000);
	}

}
