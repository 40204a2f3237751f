package com.lcnews.trends.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.jdbc.JdbcTestUtils;

import com.lcnews.trends.batch.BatchRunService;
import com.lcnews.trends.batch.ClassifyMode;
import com.lcnews.trends.classify.PromotedModel;
import com.lcnews.trends.shared.DatePrecision;
import com.lcnews.trends.testing.ArticleFixtures;
import com.lcnews.trends.testing.FixedPromotedModel;
import com.lcnews.trends.testing.KeywordTopicClassifier;

/** Trend queries over rollups written by the real job; run for H2 and PostgreSQL by the subclasses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(TrendServiceContract.Classifier.class)
abstract class TrendServiceContract {

	private static final String EDUCATION = "学校教育学生";

	@TestConfiguration(proxyBeanMethods = false)
	static class Classifier {

		@Bean
		@Primary
		PromotedModel keywordModel() {
			return new FixedPromotedModel(new KeywordTopicClassifier("kw-1"));
		}

	}

	@Autowired
	TrendService trends;

	@Autowired
	BatchRunService batch;

	@Autowired
	JdbcTemplate jdbc;

	long labelled;

	@BeforeEach
	void corpus() {
		JdbcTestUtils.deleteFromTables(jdbc, "classification_skip", "classification", "topic_rollup",
				"topic_rollup_month", "label", "article", "model_promotion", "model");
		ArticleFixtures f = new ArticleFixtures(jdbc);
		f.article("a", EDUCATION, LocalDate.of(2021, 3, 2), DatePrecision.DAY, "371502");
		f.article("b", EDUCATION, LocalDate.of(2021, 3, 2), DatePrecision.DAY, "371502");
		f.article("c", "疫情防控核酸", LocalDate.of(2021, 3, 20), DatePrecision.DAY, "371521");
		f.article("d", EDUCATION, LocalDate.of(2021, 3, 1), DatePrecision.MONTH, "371502");
		f.article("e", "企业市场经济", LocalDate.of(2021, 1, 1), DatePrecision.YEAR, "371502");
		f.article("f", "消防安全应急", null, DatePrecision.UNKNOWN, null);
		f.article("g", "今天天气晴", LocalDate.of(2021, 4, 5), DatePrecision.DAY, "371502");
		labelled = f.article("h", EDUCATION, LocalDate.of(2021, 5, 10), DatePrecision.DAY, "371502");
		f.article("i", " ", LocalDate.of(2021, 5, 11), DatePrecision.DAY, "371502");
		f.label(labelled, "notice", Instant.parse("2026-01-01T00:00:00Z"), "seed");
		f.promote("kw-0", Instant.parse("2026-10-01T00:00:00Z"));
		f.promote("kw-1", Instant.parse("2026-11-01T00:00:00Z"));
		batch.run(ClassifyMode.MISSING, "tester");
	}

	@Test
	void monthSeriesCountsDayAndMonthPreciseArticlesWithPeriodTotals() {
		List<TrendPoint> points = trends.series(TrendQuery.of(Granularity.MONTH, LocalDate.of(2021, 3, 1),
				LocalDate.of(2021, 5, 31)));

		assertThat(points).filteredOn(p -> p.count() > 0)
			.extracting(TrendPoint::periodStart, TrendPoint::topic, TrendPoint::count, TrendPoint::periodTotal,
					TrendPoint::labelled)
			.containsExactly(tuple(LocalDate.of(2021, 3, 1), "education", 3L, 4L, 0L),
					tuple(LocalDate.of(2021, 3, 1), "epidemic", 1L, 4L, 0L),
					tuple(LocalDate.of(2021, 4, 1), "_unclassified", 1L, 1L, 0L),
					tuple(LocalDate.of(2021, 5, 1), "notice", 1L, 1L, 1L));
		assertThat(points).hasSize(3 * 4);
	}

	@Test
	void weekSeriesStartsOnMondayAndLeavesOutArticlesDatedOnlyToTheMonth() {
		List<TrendPoint> points = trends.series(TrendQuery.of(Granularity.WEEK, LocalDate.of(2021, 3, 3),
				LocalDate.of(2021, 3, 31)));

		assertThat(points).filteredOn(p -> p.count() > 0)
			.extracting(TrendPoint::periodStart, TrendPoint::topic, TrendPoint::count)
			.containsExactly(tuple(LocalDate.of(2021, 3, 1), "education", 2L),
					tuple(LocalDate.of(2021, 3, 15), "epidemic", 1L));
		assertThat(points.get(0).periodStart()).isEqualTo(LocalDate.of(2021, 3, 1));
	}

	@Test
	void filtersByDistrictAndTopicButKeepsPeriodTotalsOverAllTopics() {
		List<TrendPoint> points = trends.series(new TrendQuery(Granularity.QUARTER, LocalDate.of(2021, 1, 1),
				LocalDate.of(2021, 6, 30), Set.of("371502"), Set.of("education"), null));

		assertThat(points).extracting(TrendPoint::periodStart, TrendPoint::count, TrendPoint::periodTotal)
			.containsExactly(tuple(LocalDate.of(2021, 1, 1), 3L, 3L), tuple(LocalDate.of(2021, 4, 1), 0L, 2L));
	}

	@Test
	void yearSeriesCountsEveryDatedArticle() {
		List<TrendPoint> points = trends.series(TrendQuery.of(Granularity.YEAR, LocalDate.of(2021, 1, 1),
				LocalDate.of(2021, 12, 31)));

		assertThat(points).allSatisfy(p -> assertThat(p.periodTotal()).isEqualTo(7));
		assertThat(points).extracting(TrendPoint::topic, TrendPoint::count)
			.contains(tuple("education", 3L), tuple("economy", 1L), tuple("notice", 1L));
	}

	@Test
	void coverageCountsTopicsPerDistrict() {
		assertThat(trends.coverage(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), null))
			.containsExactly(new CoverageCell("_unclassified", "371502", 1), new CoverageCell("economy", "371502", 1),
					new CoverageCell("education", "371502", 3), new CoverageCell("epidemic", "371521", 1),
					new CoverageCell("notice", "371502", 1));
	}

	@Test
	void undatedSummarySaysWhatChartsLeaveOut() {
		assertThat(trends.undatedSummary(null)).isEqualTo(new UndatedSummary(5, 1, 1, 1, 1, 1));
	}

	@Test
	void modelChangesAreListedInTimeOrderWithinTheRange() {
		assertThat(trends.promotedVersion()).contains("kw-1");
		assertThat(trends.modelChanges(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z")))
			.extracting(ModelChange::version)
			.containsExactly("kw-0", "kw-1");
		assertThat(trends.modelChanges(Instant.parse("2026-10-15T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z")))
			.extracting(ModelChange::version)
			.containsExactly("kw-1");
	}

	@Test
	void articlesBehindAPointAreTheOnesItCounts() {
		List<ArticleRef> march = trends.articlesBehind(LocalDate.of(2021, 3, 1), Granularity.MONTH, "education", Set.of(),
				null, 200);
		List<ArticleRef> may = trends.articlesBehind(LocalDate.of(2021, 5, 1), Granularity.MONTH, "notice",
				Set.of("371502"), null, 200);

		assertThat(march).extracting(ArticleRef::headline).containsExactly("a", "b", "d");
		assertThat(may).singleElement().satisfies(a -> {
			assertThat(a.id()).isEqualTo(labelled);
			assertThat(a.labelled()).isTrue();
			assertThat(a.predictedTopic()).isEqualTo("education");
		});
		assertThat(trends.articlesBehind(LocalDate.of(2021, 3, 1), Granularity.MONTH, "education", Set.of(), null, 2))
			.hasSize(2);
	}

	@Test
	void aDistrictWhoseTopicJumpsIsRisingAndTheCityAsAWholeIsNot() {
		ArticleFixtures f = new ArticleFixtures(jdbc);
		for (int i = 0; i < 10; i++) {
			f.article("r" + i, EDUCATION, LocalDate.of(2021, 5, 12 + i), DatePrecision.DAY, "371521");
		}
		batch.run(ClassifyMode.MISSING, "tester");
		List<RisingTopics.Rising> rising = trends.rising(Granularity.MONTH, LocalDate.of(2021, 5, 20),
				List.of("371502", "371521"), List.of("education", "epidemic", "notice"), null);
		assertThat(rising).extracting(RisingTopics.Rising::topic, RisingTopics.Rising::district)
			.containsExactly(tuple("education", "371521"));
		assertThat(rising.get(0).count()).isEqualTo(10);
		assertThat(rising.get(0).seasonal()).isFalse();
		assertThat(trends.rising(Granularity.WEEK, LocalDate.of(2021, 5, 13), List.of("371521"), List.of("education"), null))
			.as("weeks read the daily rollup").extracting(RisingTopics.Rising::count).allMatch(c -> c >= 3);
	}

	@Test
	void correctedSeriesKeepsLabelsAndSpreadsTheModelsCounts() {
		var confusion = new com.lcnews.trends.quantify.Confusion(List.of("education", "epidemic", "notice"),
				new int[][] { { 9, 1, 0 }, { 1, 9, 0 }, { 0, 0, 10 } }, 1);
		List<CorrectedPoint> points = trends.correctedSeries(TrendQuery.of(Granularity.MONTH, LocalDate.of(2021, 3, 1),
				LocalDate.of(2021, 5, 31)), new TopicShareCorrection(
						com.lcnews.trends.quantify.PrevalenceEstimator.standard(confusion)));
		CorrectedPoint mayNotice = points.stream()
			.filter(p -> p.periodStart().equals(LocalDate.of(2021, 5, 1)) && p.topic().equals("notice"))
			.findFirst().orElseThrow();
		assertThat(mayNotice.estimate()).as("the labelled article stays where its label puts it").isGreaterThanOrEqualTo(1);
		double march = points.stream().filter(p -> p.periodStart().equals(LocalDate.of(2021, 3, 1)))
			.mapToDouble(CorrectedPoint::estimate).sum();
		assertThat(march).isCloseTo(4, org.assertj.core.api.Assertions.within(1e-6));
	}

}
