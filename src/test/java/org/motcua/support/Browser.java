package org.motcua.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for the journey tests. Where Chromium or its driver is missing the tests are
 * skipped with a message, unless {@code MOTCUA_REQUIRE_BROWSER=1} (as in CI), where that fails the build.
 */
public final class Browser implements AutoCloseable {

	static final String CHROMIUM = System.getenv().getOrDefault("MOTCUA_CHROMIUM", "/usr/bin/chromium");
	static final String DRIVER = System.getenv().getOrDefault("MOTCUA_CHROMEDRIVER", "/usr/bin/chromedriver");

	private final WebDriver driver;
	private final String base;
	private final File profile;

	private Browser(WebDriver driver, String base, File profile) {
		this.driver = driver;
		this.base = base;
		this.profile = profile;
	}

	public static Browser open(int port) {
		boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
		if (!present) {
			String message = "Browser tests need Chromium (" + CHROMIUM + ") and chromedriver (" + DRIVER
					+ "): apt-get install -y chromium chromium-driver";
			if ("1".equals(System.getenv("MOTCUA_REQUIRE_BROWSER"))) {
				throw new IllegalStateException(message + " (MOTCUA_REQUIRE_BROWSER=1)");
			}
			Assumptions.abort("Skipped: " + message);
		}
		try {
			File profile = Files.createTempDirectory("motcua-chromium").toFile();
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-quic", "--window-size=1280,900", "--lang=en-US", "--user-data-dir=" + profile.getAbsolutePath());
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
				.usingAnyFreePort().build();
			WebDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Browser(driver, "http://localhost:" + port, profile);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Browser go(String path) {
		driver.get(base + path);
		return this;
	}

	public WebElement find(By by) {
		return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	public Browser waitForUrlEnding(String suffix) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(suffix));
		return this;
	}

	public Browser waitForText(By by, String text) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
		return this;
	}

	/** Clicks (a link, a submit button) and waits until the browser has left the page the element was on. */
	public Browser clickToLeave(WebElement element) {
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isGone(element));
		return this;
	}

	/**
	 * Whether the element belongs to a page the browser has left. While the next page replaces the document, Chromium
	 * can answer for an element of the old one with "Node with given id does not belong to the document" instead of a
	 * stale-element error; the element is gone either way.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	public Browser signIn(String username, String password) {
		go("/login");
		find(By.id("username")).sendKeys(username);
		find(By.id("password")).sendKeys(password);
		find(By.id("login-submit")).click();
		return this;
	}

	public WebDriver driver() {
		return driver;
	}

	@Override
	public void close() {
		driver.quit();
		deleteRecursively(profile);
	}

	private static void deleteRecursively(File f) {
		File[] children = f.listFiles();
		if (children != null) {
			for (File c : children) {
				deleteRecursively(c);
			}
		}
		f.delete();
	}
}
