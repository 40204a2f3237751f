package com.lcnews.trends.shared.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The migrated schema behaves the same on every supported database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class SchemaContract {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void migrationsCreateEveryTable() {
		for (String table : new String[] { "import_run", "import_issue", "article", "label", "model", "model_promotion",
				"classification", "topic_rollup" }) {
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)).as(table).isNotNull();
		}
	}

	@Test
	void articleContentHashIsUnique() {
		String hash = "a".repeat(63) + Long.toHexString(System.nanoTime() % 16);
		insertArticle(hash);
		assertThatThrownBy(() -> insertArticle(hash)).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void chineseTextRoundTrips() {
		String hash = "b".repeat(63) + Long.toHexString(System.nanoTime() % 16);
		insertArticle(hash);
		assertThat(jdbc.queryForObject("SELECT headline FROM article WHERE content_hash = ?", String.class, hash))
			.isEqualTo("道口铺街道中心学校代屯小学举行国学经典诵读比赛");
	}

	@Test
	void rollupKeyRejectsADuplicateBucket() {
		String insert = "INSERT INTO topic_rollup (model_version, date_precision, bucket_start, district_code, topic, article_count) "
				+ "VALUES ('m1', 'day', DATE '2021-06-10', '371502', 'education', 1)";
		jdbc.update(insert);
		assertThatThrownBy(() -> jdbc.update(insert)).isInstanceOf(DataIntegrityViolationException.class);
	}

	private void insertArticle(String hash) {
		jdbc.update("INSERT INTO article (source_file, ordinal, headline, body, kind, content_hash, date_precision, created_at) "
				+ "VALUES (?, 1, ?, ?, 'article', ?, 'unknown', ?)", "p.txt", "道口铺街道中心学校代屯小学举行国学经典诵读比赛",
				"为弘扬中华优秀传统文化……", hash, Timestamp.from(Instant.now()));
	}

}
