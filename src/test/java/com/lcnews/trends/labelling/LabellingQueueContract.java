package com.lcnews.trends.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.jdbc.JdbcTestUtils;

import com.lcnews.trends.batch.BatchRunService;
import com.lcnews.trends.batch.ClassifyMode;
import com.lcnews.trends.classify.PromotedModel;
import com.lcnews.trends.shared.DatePrecision;
import com.lcnews.trends.shared.Topic;
import com.lcnews.trends.testing.ArticleFixtures;
import com.lcnews.trends.testing.FixedPromotedModel;
import com.lcnews.trends.testing.KeywordTopicClassifier;

/** The labelling queue keeps offering articles until every unlabelled one is labelled; run for H2 and PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(LabellingQueueContract.Classifier.class)
abstract class LabellingQueueContract {

	@TestConfiguration(proxyBeanMethods = false)
	static class Classifier {

		@Bean
		@Primary
		PromotedModel keywordModel() {
			return new FixedPromotedModel(new KeywordTopicClassifier("kw-q"));
		}

	}

	@Autowired
	LabellingService labelling;

	@Autowired
	BatchRunService batch;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theQueueNeverRunsDryWhileUnlabelledArticlesRemain() {
		JdbcTestUtils.deleteFromTables(jdbc, "classification_skip", "classification", "topic_rollup",
				"topic_rollup_month", "label", "article", "model_promotion", "model");
		ArticleFixtures f = new ArticleFixtures(jdbc);
		String[] bodies = { "学校教育学生", "疫情防控核酸", "脱贫扶贫", "今天天气晴", "企业市场经济" };
		for (int i = 0; i < 70; i++) {
			// a third are near-duplicates of each other ("通知" + number), some the model cannot place
			String headline = i % 3 == 0 ? "关于开展工作的通知" + i : "标题" + i;
			f.article(headline, bodies[i % bodies.length] + i, LocalDate.of(2021, 1 + i % 12, 1), DatePrecision.DAY,
					"371502");
		}
		f.promote("kw-q", java.time.Instant.parse("2026-11-01T00:00:00Z"));
		batch.run(ClassifyMode.MISSING, "tester");
		long unlabelled = 70;
		Set<Long> seen = new HashSet<>();
		int rounds = 0;
		while (true) {
			List<QueueItem> queue = labelling.queue("anna", 25);
			if (queue.isEmpty()) {
				break;
			}
			assertThat(queue).as("round " + rounds).hasSizeLessThanOrEqualTo(25);
			QueueItem item = queue.get(0);
			assertThat(seen.add(item.articleId())).as("an article comes back after being labelled").isTrue();
			String topic = item.suggestedTopic() != null ? item.suggestedTopic()
					: item.candidates().isEmpty() ? "notice" : item.candidates().get(0).topic();
			labelling.label(item.articleId(), new Topic(topic), "anna");
			rounds++;
		}
		assertThat(rounds).as("every unlabelled article was offered").isEqualTo(unlabelled);
		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT article_id) FROM label", Long.class)).isEqualTo(unlabelled);
	}

	@Test
	void anAbstentionOffersTheTwoMostProbableTopicsAndSkippedArticlesComeBackLast() {
		JdbcTestUtils.deleteFromTables(jdbc, "classification_skip", "classification", "topic_rollup",
				"topic_rollup_month", "label", "article", "model_promotion", "model");
		ArticleFixtures f = new ArticleFixtures(jdbc);
		long unsure = f.article("天气", "今天天气晴", LocalDate.of(2021, 1, 1), DatePrecision.DAY, "371502");
		long sure = f.article("学校", "学校教育学生教师", LocalDate.of(2021, 1, 2), DatePrecision.DAY, "371502");
		f.promote("kw-q", java.time.Instant.parse("2026-11-01T00:00:00Z"));
		batch.run(ClassifyMode.MISSING, "tester");
		List<QueueItem> queue = labelling.queue("anna", 25);
		QueueItem first = queue.get(0);
		assertThat(first.articleId()).isEqualTo(unsure);
		assertThat(first.suggestedTopic()).isNull();
		assertThat(first.candidates()).hasSize(LabellingService.CANDIDATES);
		assertThat(labelling.queue("anna", 25, Set.of(unsure))).extracting(QueueItem::articleId).containsExactly(sure);
		labelling.label(sure, new Topic("education"), "anna");
		assertThat(labelling.queue("anna", 25, Set.of(unsure))).as("only the skipped one is left: it comes back")
			.extracting(QueueItem::articleId).containsExactly(unsure);
	}

}
