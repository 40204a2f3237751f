package com.lcnews.trends.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.ArticleKind;
import com.lcnews.trends.shared.DatePrecision;
import com.lcnews.trends.shared.Topic;
import com.lcnews.trends.testing.KeywordTopicClassifier;

class ArticleClassificationProcessorTest {

	private final ArticleClassificationProcessor processor = new ArticleClassificationProcessor(
			new KeywordTopicClassifier("kw-1"));

	@Test
	void assignsTheModelsTopicWithDateDistrictAndScores() {
		TopicAssignment a = processor.process(ArticleToClassify.of(article(7, "学校开学", "教育局组织学生和教师……学校")));

		assertThat(a.isSkipped()).isFalse();
		assertThat(a.articleId()).isEqualTo(7);
		assertThat(a.modelVersion()).isEqualTo("kw-1");
		assertThat(a.topic()).isEqualTo("education");
		assertThat(a.date()).isEqualTo(LocalDate.of(2021, 6, 1));
		assertThat(a.precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(a.districtCode()).isEqualTo("371502");
		assertThat(a.scoresJson()).startsWith("{\"civility\":0.").contains("\"education\":0.3750").endsWith("}");
	}

	@Test
	void keepsNoTopicWhenTheModelAbstains() {
		TopicAssignment a = processor.process(ArticleToClassify.of(article(8, "天气", "今天晴转多云")));

		assertThat(a.isSkipped()).isFalse();
		assertThat(a.topic()).isNull();
		assertThat(a.confidence()).isLessThan(0.2);
	}

	@Test
	void skipsAnArticleWithAnEmptyBodyWithItsReason() {
		TopicAssignment a = processor.process(ArticleToClassify.of(article(9, "标题", "  \n ")));

		assertThat(a.isSkipped()).isTrue();
		assertThat(a.skipReason()).isEqualTo("empty body");
	}

	@Test
	void skipsAnArticleTheClassifierFailsOnAndSaysWhy() {
		TopicAssignment a = processor
			.process(ArticleToClassify.of(article(10, "标题", "学校" + KeywordTopicClassifier.FAIL_MARKER)));

		assertThat(a.skipReason())
			.isEqualTo("classifier failed: IllegalArgumentException: test classifier refuses this text");
	}

	@Test
	void writesScoresAsJsonWithFourDecimalsInTopicOrder() {
		String json = ArticleClassificationProcessor.scoresJson(Map.of(new Topic("safety"), 0.05, new Topic("economy"),
				0.949999, new Topic("notice"), 0.00004));

		assertThat(json).isEqualTo("{\"economy\":0.9500,\"notice\":0.0000,\"safety\":0.0500}");
	}

	private static Article article(long id, String headline, String body) {
		return new Article(id, "p.txt", 1, headline, null, body, null, ArticleKind.ARTICLE, LocalDate.of(2021, 6, 1),
				DatePrecision.MONTH, null, "371502", null);
	}

}
