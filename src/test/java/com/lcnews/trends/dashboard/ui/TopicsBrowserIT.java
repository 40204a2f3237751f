package com.lcnews.trends.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import com.lcnews.trends.testing.Browser;

/**
 * The topics page in a real headless Chromium at 1440 px and at a 390 px phone width, on a store filled by the first
 * start (seed articles with their sentence vectors): the list, a topic opened in the form, and the zero-shot preview
 * of a trial. In each state: no English word on the screen (proper names and data words allowed), nothing wider than
 * the window, no grid scrolling sideways, no label, header or cell cut. Screenshots go to
 * target/screenshots/topics-STATE-WIDTH.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "newstrends.bootstrap.enabled=true")
@DirtiesContext
class TopicsBrowserIT {

	/** Labels and helper texts of the form's fields that are cut (their text is wider than their box). */
	private static final String CUT_LABELS = """
			const cut = [];
			document.querySelectorAll('#topic-form vaadin-text-field, #topic-form vaadin-text-area').forEach(f => {
			  for (const part of ['label', 'helper']) {
			    const el = f.querySelector('[slot="' + part + '"]');
			    if (el && el.scrollWidth > el.clientWidth + 1) cut.push(f.id + ' ' + part + ': ' + el.innerText);
			  }
			});
			return cut;""";

	/**
	 * The page's grids that scroll sideways or inside, and their cells (headers included) whose text is cut, except
	 * the body cells of the column given, whose tooltip shows them whole.
	 */
	private static final String CUT_GRIDS = """
			const out = [];
			for (const id of ['topic-grid', 'zero-shot-articles', 'zero-shot-by-topic']) {
			  const g = document.getElementById(id);
			  if (!g || !g.checkVisibility()) continue;
			  const t = g.shadowRoot.querySelector('#table');
			  if (t.scrollWidth > t.clientWidth + 1) out.push(id + ' scrolls sideways');
			  if (t.scrollHeight > t.clientHeight + 1) out.push(id + ' scrolls inside (' + t.scrollHeight + ' > ' + t.clientHeight + ' px)');
			  g.querySelectorAll('vaadin-grid-cell-content').forEach(c => {
			    const cell = c.assignedSlot && c.assignedSlot.parentElement;
			    const withTooltip = cell && cell._column && cell._column.id === arguments[0] && !cell.part.contains('header-cell');
			    if (!withTooltip && c.checkVisibility() && c.scrollWidth > c.clientWidth + 1) {
			      out.push(id + ' cell: ' + c.innerText.trim().slice(0, 40));
			    }
			  });
			}
			return out;""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { 1440, 390 })
	void listFormAndPreviewAreChineseAndFit(int width) throws Exception {
		Set<String> dataWords = VisibleTexts.dataWords(jdbc);
		List<String> problems = new ArrayList<>();
		try (Browser browser = new Browser(port, width, width < 500 ? 844 : 900)) {
			browser.signIn("scientist", "scientist");
			browser.open("/topics");
			browser.waitFor(By.id("topic-grid"));
			browser.waitForText("教育");
			settle(browser);
			problems.addAll(check(browser, "list " + width, dataWords));
			browser.screenshot("topics-list-" + width);

			WebElement row = browser.driver().findElements(By.cssSelector("#topic-grid vaadin-grid-cell-content")).stream()
				.filter(c -> c.getText().equals("教育") || c.getText().startsWith("教育 · education")).findFirst()
				.orElseThrow();
			browser.script("arguments[0].click();", row);
			new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> "教育".equals(browser
				.script("return document.querySelector('#topic-name-zh input').value")));
			browser.script("document.getElementById('topic-form').scrollIntoView({block: 'start'});");
			settle(browser);
			problems.addAll(check(browser, "form " + width, dataWords));
			browser.screenshot("topics-form-" + width);

			browser.script("document.getElementById('try-topic').click();");
			browser.waitFor(By.id("zero-shot-articles"));
			browser.waitForText("按描述归入“教育”的文章");
			browser.script("document.getElementById('zero-shot-preview').scrollIntoView({block: 'start'});");
			settle(browser);
			problems.addAll(check(browser, "preview " + width, dataWords));
			browser.screenshot("topics-preview-" + width);
			browser.script("document.getElementById('zero-shot-by-topic').scrollIntoView({block: 'start'});");
			Thread.sleep(300);
			browser.screenshot("topics-preview-by-topic-" + width);
		}
		assertThat(problems).isEmpty();
	}

	private static void settle(Browser browser) throws InterruptedException {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(
				browser.script("return !document.querySelector('vaadin-connection-indicator[loading]')")));
		Thread.sleep(700);
	}

	@SuppressWarnings("unchecked")
	private static List<String> check(Browser browser, String where, Set<String> dataWords) {
		List<String> problems = new ArrayList<>();
		List<String> texts = (List<String>) browser.script(RoleWalkBrowserIT.VISIBLE_TEXTS);
		VisibleTexts.englishWords(texts, dataWords).forEach(w -> problems.add(where + ": English " + w));
		Number overflow = (Number) browser.script(RoleWalkBrowserIT.CONTENT + "return Math.max(c.scrollWidth - c.clientWidth,"
				+ " document.documentElement.scrollWidth - document.documentElement.clientWidth);");
		if (overflow.doubleValue() > 1) {
			problems.add(where + ": the page is " + overflow + " px wider than the window");
		}
		((List<String>) browser.script(CUT_LABELS)).forEach(c -> problems.add(where + ": cut " + c));
		((List<String>) browser.script(CUT_GRIDS, TopicGrid.KEYWORDS)).forEach(c -> problems.add(where + ": cut " + c));
		return problems;
	}

}
