package com.lcnews.trends.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of browser tests: the application on a random port and a fresh headless Chromium per test. */
public abstract class BrowserTestSupport {

	@LocalServerPort
	protected int port;

	protected Browser browser;

	@BeforeEach
	void openBrowser() throws Exception {
		browser = new Browser(port);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

}
