package com.lcnews.trends.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.lcnews.trends.testing.TestDatabases;

class ClassifyJobPostgresIT extends ClassifyJobContract {

	@DynamicPropertySource
	static void db(DynamicPropertyRegistry r) {
		TestDatabases.postgres(r);
	}

	@Test
	void aLargeRunRefreshesThePlannerStatisticsOfTheTablesItReadsByPage() {
		jdbc.execute("SELECT pg_stat_reset()");

		service.refreshPlannerStatistics(BatchRunService.LARGE_RUN);

		assertThat(jdbc.queryForList("SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL",
				String.class)).contains("article", "article_vector", "article_copy", "classification");
	}

	@Test
	void aSmallRunLeavesThemToAutovacuum() {
		jdbc.execute("SELECT pg_stat_reset()");

		service.refreshPlannerStatistics(BatchRunService.LARGE_RUN - 1);

		assertThat(jdbc.queryForList("SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL",
				String.class)).doesNotContain("article", "classification");
	}

}
