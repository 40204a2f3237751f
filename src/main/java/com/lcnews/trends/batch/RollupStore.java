package com.lcnews.trends.batch;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applies {@link RollupDeltas} to {@code topic_rollup} and {@code topic_rollup_month} inside the caller's transaction:
 * one batched upsert per table that adds the changes, then removes rows whose count fell to zero. PostgreSQL uses
 * {@code INSERT ... ON CONFLICT} (safe under concurrent inserts), H2 the standard {@code MERGE}.
 */
class RollupStore {

	private static final String COLUMNS = "model_version, date_precision, bucket_start, district_code, topic";

	private static final String KEY_MATCH = "model_version = ? AND date_precision = ? AND bucket_start = ? "
			+ "AND district_code = ? AND topic = ?";

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	RollupStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(java.util.Locale.ROOT)
			.contains("postgres")));
	}

	void apply(RollupDeltas deltas) {
		apply("topic_rollup", deltas.daily());
		apply("topic_rollup_month", deltas.monthly());
	}

	private void apply(String table, Map<RollupKey, long[]> changes) {
		if (changes.isEmpty()) {
			return;
		}
		List<Object[]> upserts = new ArrayList<>(changes.size());
		List<Object[]> shrunk = new ArrayList<>();
		changes.forEach((k, d) -> {
			Object[] key = { k.modelVersion(), k.precision(), Date.valueOf(k.bucketStart()), k.district(), k.topic() };
			upserts.add(new Object[] { key[0], key[1], key[2], key[3], key[4], d[0], d[1], d[2] });
			if (d[0] < 0) {
				shrunk.add(key);
			}
		});
		jdbc.batchUpdate(postgres ? postgresUpsert(table) : mergeUpsert(table), upserts);
		if (!shrunk.isEmpty()) {
			jdbc.batchUpdate("DELETE FROM " + table + " WHERE " + KEY_MATCH + " AND article_count = 0", shrunk);
		}
	}

	private static String postgresUpsert(String table) {
		return "INSERT INTO " + table + " (" + COLUMNS + ", article_count, labelled_count, low_confidence) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (" + COLUMNS + ") DO UPDATE SET "
				+ "article_count = " + table + ".article_count + EXCLUDED.article_count, "
				+ "labelled_count = " + table + ".labelled_count + EXCLUDED.labelled_count, "
				+ "low_confidence = " + table + ".low_confidence + EXCLUDED.low_confidence";
	}

	private static String mergeUpsert(String table) {
		return "MERGE INTO " + table + " t USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(8)), "
				+ "CAST(? AS DATE), CAST(? AS VARCHAR(8)), CAST(? AS VARCHAR(32)), CAST(? AS BIGINT), "
				+ "CAST(? AS BIGINT), CAST(? AS BIGINT))) AS s (mv, dp, bs, dc, tp, ac, lc, lo) "
				+ "ON t.model_version = s.mv AND t.date_precision = s.dp AND t.bucket_start = s.bs "
				+ "AND t.district_code = s.dc AND t.topic = s.tp "
				+ "WHEN MATCHED THEN UPDATE SET article_count = t.article_count + s.ac, "
				+ "labelled_count = t.labelled_count + s.lc, low_confidence = t.low_confidence + s.lo "
				+ "WHEN NOT MATCHED THEN INSERT (" + COLUMNS + ", article_count, labelled_count, low_confidence) "
				+ "VALUES (s.mv, s.dp, s.bs, s.dc, s.tp, s.ac, s.lc, s.lo)";
	}

}
