package com.lcnews.trends.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Debian Chromium driven by Selenium for browser tests, with screenshots saved under
 * {@code target/screenshots/}. Needs the Debian packages {@code chromium} and {@code chromium-driver}.
 */
public final class Browser implements AutoCloseable {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final WebDriver driver;

	private final String baseUrl;

	public Browser(int port) throws IOException {
		this(port, 1400, 1000);
	}

	/**
	 * A browser with a window of the given size; under 500 px wide it also emulates a phone's screen (touch, the
	 * device's width as the viewport).
	 */
	public Browser(int port, int width, int height) throws IOException {
		ChromeOptions options = new ChromeOptions();
		if (width < 500) {
			options.setExperimentalOption("mobileEmulation",
					java.util.Map.of("deviceMetrics", java.util.Map.of("width", width, "height", height, "pixelRatio", 1.0)));
		}
		options.setBinary(binary("CHROMIUM_BIN", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=zh-CN",
				"--user-data-dir=" + Files.createTempDirectory("newstrends-chromium"));
		options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(binary("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")).toFile())
			.build();
		this.driver = new ChromeDriver(service, options);
		this.baseUrl = "http://localhost:" + port;
	}

	private static String binary(String env, String fallback) {
		String value = System.getenv(env);
		String path = value == null ? fallback : value;
		if (!Files.isExecutable(Path.of(path))) {
			throw new IllegalStateException(path + " not found: browser tests need Debian's chromium and chromium-driver "
					+ "(apt-get install -y chromium chromium-driver), or set " + env);
		}
		return path;
	}

	public WebDriver driver() {
		return driver;
	}

	/** Opens a path of the application. */
	public void open(String path) {
		driver.get(baseUrl + path);
	}

	/** Signs in through the real sign-in form and waits for the shell. */
	public void signIn(String user, String password) {
		try {
			submitSignIn(user, password);
			waitFor(By.id("current-user"));
		}
		catch (org.openqa.selenium.TimeoutException stillOnTheForm) {
			// on a loaded machine the form can be re-rendered while it is typed into: once more, from the start
			if (!driver.getCurrentUrl().contains("/login")) {
				throw stillOnTheForm;
			}
			submitSignIn(user, password);
			waitFor(By.id("current-user"));
		}
	}

	private void submitSignIn(String user, String password) {
		open("/login");
		new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(
				script("return !!customElements.get('vaadin-login-form') && !!document.querySelector('vaadin-login-form')")));
		WebElement name = waitFor(By.cssSelector("input[name='username']"));
		name.clear();
		name.sendKeys(user);
		WebElement secret = driver.findElement(By.cssSelector("input[name='password']"));
		secret.clear();
		secret.sendKeys(password);
		driver.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-button[theme~='submit']")).click();
	}

	/** Waits up to 60 s for an element to be visible. */
	public WebElement waitFor(By by) {
		return new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/** Waits until some text is visible on the page. */
	public void waitForText(String text) {
		new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
	}

	/** The texts of all elements matching a CSS selector, read in one go (no stale elements across a reload). */
	@SuppressWarnings("unchecked")
	public List<String> texts(String cssSelector) {
		return (List<String>) script("return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText.trim());",
				cssSelector);
	}

	/** Runs JavaScript in the page and returns its result. */
	public Object script(String js, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(js, args);
	}

	/** The browser console's messages since the last call (CSP violations show up here), as text. */
	public List<String> consoleMessages() {
		return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
			.map(e -> e.getLevel() + " " + e.getMessage())
			.toList();
	}

	/** Resizes the window to a width (the height stays 1000 px), e.g. 390 for a phone, 1440 for a desktop. */
	public void width(int pixels) {
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(pixels, 1000));
	}

	/** Saves a screenshot as target/screenshots/NAME.png. */
	public Path screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path file = SCREENSHOTS.resolve(name + ".png");
		Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		return file;
	}

	@Override
	public void close() {
		driver.quit();
	}

}
