package com.lcnews.trends.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.lcnews.trends.shared.RunLock;
import com.lcnews.trends.testing.PackagedJar;
import com.lcnews.trends.trend.TrendService;

/**
 * The application and the command line on one store at the same time, as two processes: this test's application
 * context plays the running dashboard, the packaged jar the administrator's shell. Run for the embedded H2 store (in
 * automatic mixed mode) and for PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class SharedStoreContract {

	static final Path PAGES = Path.of("seeds/pages").toAbsolutePath();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TrendService trends;

	/** The command line of this store: the packaged jar with the store's settings. */
	abstract PackagedJar shell() throws Exception;

	@Test
	void anImportAndAClassificationFromTheCommandLineShowInTheRunningApplication() throws Exception {
		long before = jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class);

		PackagedJar.Result imported = shell().run(null, "import", PAGES.toString());
		assertThat(imported.exit()).as(imported.err()).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class)).isEqualTo(before + 54);

		PackagedJar.Result classified = shell().run(null, "classify");
		assertThat(classified.exit()).as(classified.err()).isZero();
		assertThat(classified.out()).contains("\"state\":\"completed\"");
		String promoted = trends.promotedVersion().orElseThrow();
		assertThat(jdbc.queryForObject("SELECT SUM(article_count) FROM topic_rollup WHERE model_version = ?", Long.class,
				promoted)).as("articles in the rollups the running dashboard reads").isEqualTo(before + 54);
	}

	@Test
	void aSecondClassificationRunFromTheCommandLineIsRefusedWhileTheApplicationHoldsTheRun() throws Exception {
		try (RunLock running = RunLock.tryAcquire(dataSource, "classify").orElseThrow()) {
			PackagedJar.Result refused = shell().run(null, "classify");
			assertThat(refused.exit()).isEqualTo(1);
			assertThat(refused.err()).contains("error:").doesNotContain("Exception:").doesNotContain("\tat ");
		}
	}

}
