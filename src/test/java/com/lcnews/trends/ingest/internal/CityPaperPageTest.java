package com.lcnews.trends.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.ArticleKind;
import com.lcnews.trends.shared.DatePrecision;

/**
 * A hand-made page in another paper's layout (fixtures/ingest/city-paper-page.txt): page header with the weekday,
 * headline and sub-headline without a blank line between them, a county dateline, a wire item without headline.
 */
class CityPaperPageTest {

	private final PageExtractor extractor = PageExtractor.bundled();

	@Test
	void readsArticlesDatesAndDistrictsOfAnotherPapersLayout() throws IOException {
		String text = Files.readString(Path.of("src/test/resources/fixtures/ingest/city-paper-page.txt"));
		PageExtractor.Extracted page = extractor.extract("city.txt", text, null, null);
		assertThat(page.articles())
			.extracting(Article::headline, Article::subheadline, Article::kind, Article::districtCode)
			.containsExactly(tuple("市委常委会召开会议", "研究部署疫情防控等工作", ArticleKind.ARTICLE, "3715"),
					tuple("高唐县：“三夏”生产全面展开", null, ArticleKind.ARTICLE, "371526"),
					tuple("冠县万善乡开展防溺水宣传", null, ArticleKind.ARTICLE, "371525"),
					tuple(null, null, ArticleKind.FRAGMENT, "-"));
		assertThat(page.articles()).extracting(Article::date, Article::datePrecision)
			.containsExactly(tuple(LocalDate.of(2021, 6, 10), DatePrecision.DAY),
					tuple(LocalDate.of(2021, 6, 1), DatePrecision.MONTH),
					tuple(LocalDate.of(2021, 6, 10), DatePrecision.DAY),
					tuple(LocalDate.of(2021, 6, 10), DatePrecision.DAY));
		assertThat(page.articles().get(0).byline()).isEqualTo("记者 王五");
		assertThat(page.skipped()).extracting(SkippedLine::reason).containsOnly("page header or footer");
		PageChecks.assertNothingDropped(text, new ArticleSplitter(s -> false).split(text));
	}

}
