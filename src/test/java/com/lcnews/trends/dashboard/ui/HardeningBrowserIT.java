package com.lcnews.trends.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import com.lcnews.trends.dashboard.ui.chart.ChartOptions;
import com.lcnews.trends.testing.BrowserTestSupport;

/**
 * Hardening seen in a real headless Chromium, on a store filled by the first start: upload limits said in words, the
 * dashboard working under the Content-Security-Policy, article text inert in chart tooltips.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "newstrends.bootstrap.enabled=true", "newstrends.ingest.max-file-size=64KB",
				"spring.servlet.multipart.max-file-size=40KB",
				// development mode with its tools on, as in spring-boot:run: their connections must pass the policy too
				"vaadin.devmode.devTools.enabled=true" })
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


	@Test
	void dashboardChartAndLanguageSwitchWorkUnderTheContentSecurityPolicy() throws Exception {
		browser.signIn("editor", "editor");
		browser.open("/trends");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> browser.script(
				"const c = document.getElementById('trend-chart'); return c && c.currentOption ? c.currentOption.series.length : 0;")
				instanceof Long n && n > 0);
		browser.driver().findElement(By.id("language-switch")).click();
		browser.waitFor(By.cssSelector("vaadin-select-item:nth-of-type(2)")).click();
		browser.waitForText("Topic trends");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> browser.script(
				"const c = document.getElementById('trend-chart'); return c && c.currentOption ? c.currentOption.series.length : 0;")
				instanceof Long n && n > 0);
		browser.screenshot("trends-under-csp");

		assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
	}

	@Test
	void articleTextInChartsAndTheirTooltipsStaysText() throws Exception {
		browser.signIn("editor", "editor");
		browser.open("/trends");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> browser.script(
				"const c = document.getElementById('trend-chart'); return c && c.chart ? 1 : 0;") instanceof Long n && n > 0);
		String hostile = "<img src=x onerror=window.__xss=1>";
		String option = ChartOptions.timeChart(new ChartOptions.TimeChart(hostile, List.of(hostile + "2021", "2022"),
				List.of(new ChartOptions.Series(hostile, List.of(1.0, 2.0), false),
						new ChartOptions.Series("<b>bold</b>", List.of(3.0, 4.0), false)),
				false, false, List.of(new ChartOptions.Marker("2022", hostile)), "2022", hostile, List.of(10.0, 20.0), hostile));

		String tooltip = (String) browser.script("const el = document.getElementById('trend-chart'); el.option = arguments[0];"
				+ "el.chart.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0});"
				+ "return new Promise(r => setTimeout(() => r(Array.from(el.querySelectorAll('div')).map(d => d.innerHTML).join('')), 800));",
				option);

		assertThat(tooltip).as("the tooltip shows the text").contains("&lt;img src=x onerror=window.__xss=1&gt;")
			.contains("&lt;b&gt;bold&lt;/b&gt;");
		assertThat(browser.script("return document.querySelectorAll('#trend-chart img, #trend-chart b').length;"))
			.isEqualTo(0L);
		assertThat(browser.script("return window.__xss === undefined;")).isEqualTo(true);
		browser.screenshot("tooltip-inert");
	}

}
