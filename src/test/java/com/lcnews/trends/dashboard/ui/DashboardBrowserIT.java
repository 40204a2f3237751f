package com.lcnews.trends.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import com.lcnews.trends.testing.Browser;
import com.lcnews.trends.testing.BrowserTestSupport;

/**
 * The dashboard as people use it, in a real headless Chromium, on a store filled by the first start from the seed
 * corpus and the committed model. Screenshots of every view go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "newstrends.bootstrap.enabled=true")
@DirtiesContext
class DashboardBrowserIT extends BrowserTestSupport {

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> series(String chartId) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser
			.script("const c = document.getElementById(arguments[0]); return c && c.currentOption ? c.currentOption.series.length : 0;", chartId)
			instanceof Long n && n > 0);
		return (List<Map<String, Object>>) browser
			.script("return document.getElementById(arguments[0]).currentOption.series.map(s => ({name: s.name, type: s.type, data: s.data}));", chartId);
	}

	private static double sum(Map<String, Object> series) {
		return ((List<?>) series.get("data")).stream().filter(v -> v instanceof Number).mapToDouble(v -> ((Number) v).doubleValue()).sum();
	}

	private Map<String, Object> named(List<Map<String, Object>> all, String name) {
		return all.stream().filter(s -> name.equals(s.get("name"))).findFirst().orElseThrow();
	}

	@Test
	void trendChartShowsTheSeedCorpusAndAPointLeadsToItsArticlesWhoseTopicCanBeCorrected() throws Exception {
		browser.signIn("editor", "editor");
		browser.open("/trends");
		List<Map<String, Object>> series = series("trend-chart");
		browser.screenshot("trends-share");
		Map<String, Object> poverty = named(series, "脱贫攻坚");
		assertThat(sum(poverty)).as("poverty share over the periods").isGreaterThan(0);

		browser.driver().findElements(By.tagName("vaadin-radio-button")).stream().filter(r -> r.getText().contains("篇数"))
			.findFirst().orElseThrow().click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !"{value}%".equals(browser
			.script("return document.getElementById('trend-chart').currentOption.yAxis[0].axisLabel.formatter")));
		series = series("trend-chart");
		double economyBefore = sum(named(series, "经济民生"));
		assertThat(sum(named(series, "脱贫攻坚"))).as("day- or month-dated poverty articles on the seed pages")
			.isGreaterThanOrEqualTo(1);

		clickLargestPoint(series.indexOf(named(series, "脱贫攻坚")));
		WebElement grid = browser.waitFor(By.id("drill-down-grid"));
		browser.waitForText("脱贫攻坚");
		browser.screenshot("trends-drill-down");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until(d -> !d.findElements(By.cssSelector("#drill-down-grid vaadin-grid-cell-content")).isEmpty());
		List<WebElement> cells = grid.findElements(By.cssSelector("vaadin-grid-cell-content"));
		WebElement row = cells.stream().filter(c -> c.getText().contains("扶贫") || c.getText().contains("贫困")).findFirst()
			.orElse(cells.get(5));
		browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", row);

		WebElement input = browser.waitFor(By.cssSelector("#correct-topic input"));
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "经济民生");
		input.sendKeys(Keys.ENTER);
		browser.driver().findElement(By.id("save-correction")).click();
		browser.waitForText("人工标注：经济民生");
		browser.screenshot("article-corrected");
		browser.driver().findElement(By.xpath("//vaadin-button[text()='关闭']")).click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until(d -> sum(named(series("trend-chart"), "经济民生")) == economyBefore + 1);
	}

	private void clickLargestPoint(int seriesIndex) {
		@SuppressWarnings("unchecked")
		List<Number> pixel = (List<Number>) browser.script("const el = document.getElementById('trend-chart');"
				+ "const s = el.chart.getOption().series[arguments[0]]; let best = 0;"
				+ "s.data.forEach((v, i) => { if (v > s.data[best]) best = i; });"
				+ "const p = el.chart.convertToPixel({seriesIndex: arguments[0]}, [best, s.data[best]]);"
				+ "return [p[0] - el.clientWidth / 2, p[1] - el.clientHeight / 2];", seriesIndex);
		WebElement chart = browser.driver().findElement(By.id("trend-chart"));
		new Actions(browser.driver()).moveToElement(chart, pixel.get(0).intValue(), pixel.get(1).intValue()).click().perform();
	}

	@Test
	void coverageShowsTheHeatmapTheGapsAndTheUndatedCount() throws Exception {
		browser.signIn("editor", "editor");
		browser.open("/coverage");
		List<Map<String, Object>> heatmap = series("coverage-heatmap");
		assertThat(heatmap.get(0).get("type")).isEqualTo("heatmap");
		assertThat((List<?>) heatmap.get(0).get("data")).isNotEmpty();
		browser.waitForText("全市构成");
		browser.waitForText("日期未知");
		browser.screenshot("coverage");
	}

	@Test
	void articlesCanBeSearchedAndOpened() throws Exception {
		browser.signIn("editor", "editor");
		browser.open("/articles");
		WebElement search = browser.waitFor(By.cssSelector("#article-search input"));
		search.sendKeys("疫苗");
		search.sendKeys(Keys.ENTER);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until(d -> d.findElement(By.id("article-count")).getText().matches("共 [1-9]\\d* 篇"));
		browser.screenshot("articles-search");
		browser.driver().findElements(By.cssSelector("#article-grid vaadin-grid-cell-content")).stream()
			.filter(c -> c.getText().contains("疫苗")).findFirst()
			.ifPresentOrElse(c -> browser.script("arguments[0].click();", c), () -> { throw new AssertionError("no 疫苗 row"); });
		browser.waitFor(By.id("save-correction"));
		browser.waitForText("模型预测");
		browser.screenshot("article-detail");
	}

	@Test
	void scientistSeesModelReportsAndTheLabellingQueue() throws Exception {
		browser.signIn("scientist", "scientist");
		browser.open("/models");
		browser.waitFor(By.id("model-grid"));
		browser.waitForText("混淆矩阵");
		browser.screenshot("models");
		browser.driver().findElement(By.xpath("//vaadin-tab[text()='标注队列']")).click();
		// every seed article carries a seed label, so the uncertainty queue of unlabelled articles is empty
		browser.waitForText("没有待标注的文章");
		browser.screenshot("labelling");
	}

	@Test
	void administratorSeesTheImportPage() throws Exception {
		browser.signIn("admin", "admin");
		browser.open("/import");
		browser.waitFor(By.id("page-upload"));
		browser.screenshot("import");
		assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("上传版面文本文件");
		// the seed page of another city (004) has undated articles: it is listed among the pages to complete
		browser.waitFor(By.id("pages-to-complete"));
		browser.waitForText("待补充的版面");
		for (int width : new int[] { 1440, 390 }) {
			browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
			browser.screenshot("import-" + width);
		}
		WebElement answer = browser.driver().findElements(By.cssSelector("vaadin-button[id^='answer-']")).get(0);
		browser.script("arguments[0].click();", answer);
		browser.waitFor(By.id("answer-save"));
		browser.waitForText("出版日期");
		browser.screenshot("import-answer-390");
	}

}
