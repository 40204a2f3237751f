package com.lcnews.trends.classify.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.ArticleKind;
import com.lcnews.trends.shared.DatePrecision;
import com.lcnews.trends.shared.Topic;

class SeedCorpusReaderTest {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures/classify");

	private static Article article(int ordinal, String headline, String body) {
		return new Article(null, "seed-page.txt", ordinal, headline, null, body, null, ArticleKind.ARTICLE, null,
				DatePrecision.UNKNOWN, null, null, null);
	}

	private static List<SeedLabel> labels() throws Exception {
		return SeedLabels.read(FIXTURES.resolve("seed-page-labels.csv"), Set.of("education", "notice")::contains);
	}

	@Test
	void matchesByHeadlineToleratingOrdinalDriftAndBreaksTiesByOrdinal() throws Exception {
		List<Article> split = List.of(article(1, "报头", "聊城日报"), article(2, "学校开展读书节", "全校师生共读经典"),
				article(3, "公告", "某某有限公司经股东会决议注销"), article(4, "公告", "另一公司营业执照遗失"));

		var corpus = new SeedCorpusReader(page -> split).read(labels(), FIXTURES, "labels.csv");

		assertThat(corpus.unmatched()).isEmpty();
		assertThat(corpus.texts()).extracting(t -> t.text().lines().reduce((a, b) -> b).orElse(""))
			.containsExactly("全校师生共读经典", "某某有限公司经股东会决议注销", "另一公司营业执照遗失");
		assertThat(corpus.texts().get(0).topic()).isEqualTo(new Topic("education"));
	}

	@Test
	void fallsBackToTheStartOfTheBodyWhenTheHeadlineDiffers() throws Exception {
		List<Article> split = List.of(article(1, "开展读书节", "全校师生共读经典,学生们分享读书心得"));

		var corpus = new SeedCorpusReader(page -> split).read(labels().subList(0, 1), FIXTURES, "labels.csv");

		assertThat(corpus.texts()).hasSize(1);
		assertThat(corpus.texts().get(0).text()).startsWith("开展读书节");
	}

	@Test
	void reportsLabelsWithoutArticleAndKeepsTheRest() throws Exception {
		List<Article> split = List.of(article(1, "学校开展读书节", "全校师生共读经典"));

		var corpus = new SeedCorpusReader(page -> split).read(labels(), FIXTURES, "labels.csv");

		assertThat(corpus.texts()).hasSize(1);
		assertThat(corpus.unmatched()).hasSize(2).allMatch(m -> m.contains("labels.csv line") && m.contains("公告"));
	}

}
