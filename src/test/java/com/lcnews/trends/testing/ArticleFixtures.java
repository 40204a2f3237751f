package com.lcnews.trends.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import com.lcnews.trends.shared.DatePrecision;

/** Inserts articles, labels, models and promotions straight into the store, for tests and benchmarks. */
public final class ArticleFixtures {

	private final JdbcTemplate jdbc;

	private int counter;

	public ArticleFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores an article; {@code date} is truncated to the precision as the schema expects. Returns its id. */
	public long article(String headline, String body, LocalDate date, DatePrecision precision, String district) {
		int n = ++counter;
		LocalDate stored = date == null || precision == DatePrecision.UNKNOWN ? null : precision.truncate(date);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.update(c -> {
			var ps = c.prepareStatement("INSERT INTO article (source_file, ordinal, headline, body, kind, content_hash, "
					+ "article_date, date_precision, district_code, created_at) VALUES (?, ?, ?, ?, 'article', ?, ?, ?, ?, ?)",
					new String[] { "id" });
			ps.setString(1, "fixture.txt");
			ps.setInt(2, n);
			ps.setString(3, headline);
			ps.setString(4, body);
			ps.setString(5, sha256(n + "|" + headline + "|" + body + "|" + System.nanoTime()));
			ps.setDate(6, stored == null ? null : Date.valueOf(stored));
			ps.setString(7, precision.code());
			ps.setString(8, district);
			ps.setTimestamp(9, Timestamp.from(Instant.now()));
			return ps;
		}, keys);
		return keys.getKey().longValue();
	}

	/** Stores a label with the given time. */
	public void label(long articleId, String topic, Instant at, String origin) {
		jdbc.update("INSERT INTO label (article_id, topic, labelled_by, labelled_at, origin) VALUES (?, ?, 'tester', ?, ?)",
				articleId, topic, Timestamp.from(at), origin);
	}

	/** Stores a model row and a promotion of it at the given time. */
	public void promote(String version, Instant at) {
		if (jdbc.queryForObject("SELECT COUNT(*) FROM model WHERE version = ?", Integer.class, version) == 0) {
			jdbc.update("INSERT INTO model (version, created_at, metadata_json) VALUES (?, ?, '{}')", version,
					Timestamp.from(at));
		}
		jdbc.update("INSERT INTO model_promotion (version, promoted_at, promoted_by) VALUES (?, ?, 'tester')", version,
				Timestamp.from(at));
	}

	public static String sha256(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
