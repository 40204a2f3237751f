package com.lcnews.trends.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import com.lcnews.trends.testing.BrowserTestSupport;

/**
 * Hardening seen in a real headless Chromium, on a store filled by the first start: upload limits said in words, the
 * dashboard working under the Content-Security-Policy, article text inert in chart tooltips.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "newstrends.bootstrap.enabled=true", "newstrends.ingest.max-file-size=64KB",
				"spring.servlet.multipart.max-file-size=40KB" })
@DirtiesContext
class HardeningBrowserIT extends BrowserTestSupport {

	@Test
	void anUploadOverTheSizeLimitSaysTheLimitWhetherTheBrowserOrTheServerRefusesIt() throws Exception {
		Path big = Files.createTempFile("big-page", ".txt");
		Files.writeString(big, "聊城新闻。".repeat(20_000));
		browser.signIn("admin", "admin");
		browser.open("/import");
		WebElement upload = browser.waitFor(By.id("page-upload"));
		browser.waitForText("单个文件不超过 40 KB");

		upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(big.toString());

		browser.waitForText("没有上传：文件超过 40 KB 的大小限制");
		browser.screenshot("upload-too-big");

		// A client that skips the browser's check meets the server's multipart limit: the file's row says the limit.
		browser.script("document.getElementById('page-upload').maxFileSize = Infinity;");
		upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(big.toString());
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser
			.script("const f = document.getElementById('page-upload').files; return f.length > 0 && !!f[0].error;")
			.equals(Boolean.TRUE));
		assertThat(browser.script("return document.getElementById('page-upload').files[0].error;"))
			.isEqualTo("服务器拒绝了这个文件（单个文件不超过 40 KB）");
		browser.screenshot("upload-refused-by-server");
	}

}
