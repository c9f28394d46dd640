package org.vigil.e2e;

import java.io.File;
import java.time.Duration;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, found at their package paths
 * (or {@code CHROMIUM_BINARY} / {@code CHROMEDRIVER}), so that Selenium never tries to download a
 * browser of its own.
 */
final class Browser {

	private Browser() {
	}

	static WebDriver start() {
		File binary = new File(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
		File driver = new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
		if (!binary.canExecute() || !driver.canExecute()) {
			throw new IllegalStateException("The browser tests need Chromium and its driver: "
					+ "apt-get install -y chromium chromium-driver (looked for " + binary + " and " + driver + ")");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(binary);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1280,1000", "--lang=en");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
		ChromeDriver chrome = new ChromeDriver(service, options);
		chrome.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return chrome;
	}

}
