package com.lcnews.trends.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.lcnews.trends.shared.Topic;
import com.lcnews.trends.testing.ChildJvm;
import com.lcnews.trends.testing.KeywordTopicClassifier;

/**
 * Kills a real classification run with SIGKILL in the middle (a separate JVM, {@link KillableRun}, on an H2 file
 * store), runs it again in a new process, and checks that the result is that of an uninterrupted run: every article
 * classified exactly once with the model's topic, rollups equal to a recount from the articles.
 */
class KillRestartIT {

	private static final int ARTICLES = 12_000;

	@Test
	void runKilledWithSigkillMidwayAndRunAgainEndsAsIfNeverInterrupted() throws Exception {
		Path dir = Path.of("target/kill-test").toAbsolutePath();
		ChildJvm.deleteRecursively(dir);
		Files.createDirectories(dir);
		String url = "jdbc:h2:file:" + dir.resolve("store") + ";DB_CLOSE_ON_EXIT=FALSE";

		Process first = start(url, ARTICLES);
		long committedWhenKilled = awaitCommitted(first, 2_000);
		first.destroyForcibly();
		assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(committedWhenKilled).isLessThan(ARTICLES);

		Process second = start(url, 0);
		List<String> output = ChildJvm.readAll(second);
		assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(second.exitValue()).as(String.join("\n", output)).isZero();

		SingleConnectionDataSource ds = new SingleConnectionDataSource(url, "sa", "", true);
		try {
			assertUninterrupted(new JdbcTemplate(ds));
		}
		finally {
			ds.destroy();
		}
	}

	private void assertUninterrupted(JdbcTemplate jdbc) {
		long nonEmpty = jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE TRIM(body) <> ''", Long.class);
		long empty = jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE TRIM(body) = ''", Long.class);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM classification", Long.class)).isEqualTo(nonEmpty);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM classification_skip", Long.class)).isEqualTo(empty);
		KeywordTopicClassifier reference = new KeywordTopicClassifier("kw-1");
		List<String> wrong = new ArrayList<>();
		jdbc.query("SELECT a.id, a.headline, a.body, c.topic FROM article a JOIN classification c ON c.article_id = a.id",
				rs -> {
					String expected = reference.classify(rs.getString(2) + "\n\n" + rs.getString(3))
						.topic()
						.map(Topic::code)
						.orElse(null);
					if (expected == null ? rs.getString(4) != null : !expected.equals(rs.getString(4))) {
						wrong.add(rs.getLong(1) + ": " + rs.getString(4) + " instead of " + expected);
					}
				});
		assertThat(wrong).isEmpty();
		List<String> daily = RollupRecount.rows(jdbc, "topic_rollup", "kw-1");
		assertThat(daily).isEqualTo(RollupRecount.fromArticles(jdbc, "kw-1"));
		assertThat(RollupRecount.rows(jdbc, "topic_rollup_month", "kw-1")).isEqualTo(RollupRecount.monthSums(daily));
		assertThat(jdbc.queryForList("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID", String.class))
			.containsExactly("FAILED", "COMPLETED");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Long.class)).isEqualTo(1);
	}

	private static Process start(String url, int articles) throws IOException {
		return ChildJvm.start(KillableRun.class, url, Integer.toString(articles), "500");
	}

	/** Reads the process output until a chunk commit reports at least {@code atLeast} articles written. */
	private static long awaitCommitted(Process process, long atLeast) throws IOException {
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		for (String line = out.readLine(); line != null; line = out.readLine()) {
			seen.append(line).append('\n');
			if (line.startsWith("committed ") && Long.parseLong(line.substring(10).trim()) >= atLeast) {
				return Long.parseLong(line.substring(10).trim());
			}
		}
		throw new AssertionError("The first run ended before it could be killed:\n" + seen);
	}

}
