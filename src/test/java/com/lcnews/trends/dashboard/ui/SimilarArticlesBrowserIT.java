package com.lcnews.trends.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import com.lcnews.trends.classify.PromotedModel;
import com.lcnews.trends.testing.ArticleFixtures;
import com.lcnews.trends.testing.Browser;
import com.lcnews.trends.vectors.EmbeddingProgress;
import com.lcnews.trends.vectors.EmbeddingService;

/**
 * "Similar articles" in the article dialog, in a real headless Chromium at 1440 px and at a 390 px phone width, on a
 * store filled by the first start (seed pages, committed model, real sentence vectors) plus a reprint of one seed
 * article embedded by the embedding step: the reprint's dialog lists its most similar articles with their
 * similarity (best first) and names its original; a click opens the original, whose dialog lists the reprint among
 * its copies; a click on a similar article opens that one. The dialog stays inside the window and nothing in it is
 * wider than the window. Screenshots: target/screenshots/similar-*-WIDTH(-related).png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "newstrends.bootstrap.enabled=true")
@DirtiesContext
class SimilarArticlesBrowserIT {

	private static final String REPRINT_MARK = "（转载）";

	/** Boxes of the open dialog's overlay and of every element in it that is wider than the window. */
	private static final String DIALOG_FIT = """
			const overlay = [...document.querySelectorAll('vaadin-dialog-overlay')].find(o => o.opened);
			if (!overlay) return null;
			const box = overlay.$.overlay.getBoundingClientRect();
			const wide = [...overlay.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5
			    || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0)
			  .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + e.getBoundingClientRect().right);
			return {left: box.left, right: box.right, width: window.innerWidth, wide: wide.slice(0, 10)};""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EmbeddingService embedding;

	@Autowired
	PromotedModel promoted;

	private record Stored(long original, String originalHeadline, long reprint, String reprintHeadline) {
	}

	private static Stored stored;

	/** A reprint of the longest seed article, embedded (once for both widths). */
	private synchronized Stored reprint() {
		if (stored == null) {
			Map<String, Object> a = jdbc.queryForMap("SELECT id, headline, body, article_date, date_precision, district_code "
					+ "FROM article WHERE kind = 'article' AND headline IS NOT NULL ORDER BY LENGTH(body) DESC, id "
					+ "FETCH FIRST 1 ROWS ONLY");
			String headline = a.get("headline") + REPRINT_MARK;
			jdbc.update("INSERT INTO article (source_file, ordinal, headline, body, kind, content_hash, article_date, "
					+ "date_precision, district_code, created_at) VALUES ('reprint.txt', 1, ?, ?, 'article', ?, ?, ?, ?, ?)",
					headline, a.get("body") + "\n（转载自聊城日报）", ArticleFixtures.sha256("reprint " + a.get("id")),
					a.get("article_date"), a.get("date_precision"), a.get("district_code"), Timestamp.from(Instant.now()));
			long reprint = jdbc.queryForObject("SELECT id FROM article WHERE source_file = 'reprint.txt'", Long.class);
			EmbeddingProgress done = embedding.embedMissing(promoted.classifier().encoder().orElseThrow(), p -> {
			});
			assertThat(done.state()).isEqualTo(EmbeddingProgress.State.COMPLETED);
			assertThat(jdbc.queryForObject("SELECT original_id FROM article_copy WHERE article_id = ?", Long.class, reprint))
				.as("the embedding step found the reprint").isEqualTo(((Number) a.get("id")).longValue());
			stored = new Stored(((Number) a.get("id")).longValue(), (String) a.get("headline"), reprint, headline);
		}
		return stored;
	}

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { 1440, 390 })
	void theSimilarArticlesOfAReprintLeadToItsOriginalAndToOtherArticles(int width) throws Exception {
		Stored s = reprint();
		List<String> problems = new ArrayList<>();
		try (Browser browser = new Browser(port, width, width < 500 ? 844 : 900)) {
			browser.signIn("editor", "editor");
			browser.open("/articles?text=" + URLEncoder.encode(REPRINT_MARK, StandardCharsets.UTF_8));
			new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
				.until(d -> d.findElement(By.id("article-count")).getText().equals("共 1 篇"));
			browser.script("arguments[0].click();", browser.driver().findElements(By.cssSelector("#article-grid vaadin-grid-cell-content"))
				.stream().filter(c -> c.getText().contains(s.reprintHeadline())).findFirst().orElseThrow());

			awaitDialog(browser, s.reprintHeadline());
			List<Double> similarities = similarities(browser);
			assertThat(similarities).as("similar articles of the reprint, best first").isNotEmpty()
				.isSortedAccordingTo(java.util.Comparator.reverseOrder())
				.allSatisfy(x -> assertThat(x).isBetween(50.0, 100.0));
			assertThat(browser.driver().findElement(By.id("article-copy-of")).getText()).contains("转载/重复稿")
				.contains(s.originalHeadline());
			problems.addAll(fit(browser, "reprint dialog"));
			screenshots(browser, "similar-reprint-" + width);

			browser.script("arguments[0].click();",
					browser.driver().findElement(By.cssSelector("#article-copy-of [data-article='" + s.original() + "']")));
			awaitDialog(browser, s.originalHeadline());
			assertThat(browser.driver().findElement(By.id("article-copies")).getText()).contains("1 篇转载/重复稿")
				.contains(s.reprintHeadline());
			assertThat(browser.texts("#article-similar .similar-article").get(0)).as("the reprint is the original's nearest")
				.contains(s.reprintHeadline());
			problems.addAll(fit(browser, "original dialog"));
			screenshots(browser, "similar-original-" + width);

			String other = browser.texts("#article-similar .similar-article button").get(1);
			browser.script("arguments[0].click();",
					browser.driver().findElements(By.cssSelector("#article-similar .similar-article button")).get(1));
			awaitDialog(browser, other);
			browser.waitFor(By.id("article-similar"));
			problems.addAll(fit(browser, "similar article's dialog"));
			screenshots(browser, "similar-other-" + width);
		}
		assertThat(problems).isEmpty();
	}

	/** A screenshot of the dialog's top, and one scrolled to its similar articles. */
	private static void screenshots(Browser browser, String name) throws Exception {
		browser.screenshot(name);
		browser.script("document.getElementById('article-related').scrollIntoView({block: 'start'});");
		Thread.sleep(300);
		browser.screenshot(name + "-related");
	}

	/**
	 * Waits until exactly one dialog is open, with this headline as its title, and the closed one's content is gone
	 * (so that what the test reads next is the open dialog's).
	 */
	private static void awaitDialog(Browser browser, String headline) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> List.of(headline).equals(browser.script(
				"return [...document.querySelectorAll('vaadin-dialog')].filter(d => d.opened).map(d => d.headerTitle);"))
				&& Long.valueOf(1).equals(browser.script("return document.querySelectorAll('#article-similar').length;")));
		browser.waitFor(By.id("article-similar"));
	}

	/** The similarities (percent) of the listed similar articles, in order. */
	private static List<Double> similarities(Browser browser) {
		List<Double> found = new ArrayList<>();
		Pattern similarity = Pattern.compile("相似度 (\\d+(?:\\.\\d+)?)%");
		for (String row : browser.texts("#article-similar .similar-article")) {
			Matcher m = similarity.matcher(row);
			assertThat(m.find()).as(row).isTrue();
			found.add(Double.parseDouble(m.group(1)));
		}
		return found;
	}

	@SuppressWarnings("unchecked")
	private static List<String> fit(Browser browser, String where) {
		Map<String, Object> fit = (Map<String, Object>) browser.script(DIALOG_FIT);
		List<String> problems = new ArrayList<>();
		double width = ((Number) fit.get("width")).doubleValue();
		if (((Number) fit.get("left")).doubleValue() < -0.5 || ((Number) fit.get("right")).doubleValue() > width + 0.5) {
			problems.add(where + " at " + width + " px: the dialog leaves the window " + fit);
		}
		for (Object wide : (List<Object>) fit.get("wide")) {
			problems.add(where + " at " + width + " px: wider than the window or cut: " + wide);
		}
		return problems;
	}

}
