package com.lcnews.trends.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.lcnews.trends.shared.DatePrecision;
import com.lcnews.trends.testing.ArticleFixtures;
import com.lcnews.trends.testing.TestDatabases;

class ClassifyJobPostgresIT extends ClassifyJobContract {

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry r) {
		TestDatabases.postgres(r);
	}

	@Test
	void aTableThatGrewMuchSinceItsLastAnalysisIsAnalysedBeforeARunAndOnlyThatOne() throws InterruptedException {
		jdbc.execute("ANALYZE article, classification");
		var articleAnalysed = lastAnalyze("article");
		var classificationAnalysed = lastAnalyze("classification");
		long rows = jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class);
		int added = (int) Math.max(40, rows * 3 / 10 + 20);
		ArticleFixtures fixtures = new ArticleFixtures(jdbc);
		for (int i = 0; i < added; i++) {
			fixtures.article("统计信息 " + i, "正文 " + i, LocalDate.of(2024, 3, 1), DatePrecision.DAY, "371502");
		}
		awaitLiveRows("article", rows + added);
		Thread.sleep(20);

		service.refreshStaleStatistics(BatchRunService.STALE_MARGIN);
		assertThat(lastAnalyze("article")).as(added + " new rows are far below the margin").isEqualTo(articleAnalysed);

		service.refreshStaleStatistics(10);
		assertThat(lastAnalyze("article")).as("grown by more than 10 rows and a fifth").isAfter(articleAnalysed);
		assertThat(lastAnalyze("classification")).as("unchanged").isEqualTo(classificationAnalysed);
	}

	private java.sql.Timestamp lastAnalyze(String table) {
		return jdbc.queryForObject("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = ? AND schemaname = "
				+ "current_schema()", java.sql.Timestamp.class, table);
	}

	/** The statistics system counts rows when the inserting sessions report (within seconds). */
	private void awaitLiveRows(String table, long rows) throws InterruptedException {
		for (int i = 0; i < 300; i++) {
			Long live = jdbc.queryForObject("SELECT n_live_tup FROM pg_stat_user_tables WHERE relname = ? AND "
					+ "schemaname = current_schema()", Long.class, table);
			if (live != null && live >= rows) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the statistics system never counted " + rows + " rows of " + table);
	}

}
