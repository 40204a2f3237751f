package com.lcnews.trends.batch;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applies {@link RollupDeltas} to {@code topic_rollup} and {@code topic_rollup_month} inside the caller's transaction:
 * reads which keys already have a row (one query by bucket), increments those by primary key, inserts the others with
 * multi-row inserts, and removes rows whose count fell to zero. Plain standard SQL for H2 and PostgreSQL. Safe because
 * every caller holds the rollup lock ({@link ArticleRows#lockRollups}), so no other transaction inserts the same keys
 * meanwhile.
 */
class RollupStore {

	private static final String KEY_MATCH = " WHERE model_version = ? AND date_precision = ? AND bucket_start = ? "
			+ "AND district_code = ? AND topic = ?";

	private static final String COLUMNS = "model_version, date_precision, bucket_start, district_code, topic, "
			+ "article_count, labelled_count, low_confidence";

	private final JdbcTemplate jdbc;

	RollupStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void apply(RollupDeltas deltas) {
		apply("topic_rollup", deltas.daily());
		apply("topic_rollup_month", deltas.monthly());
	}

	private void apply(String table, Map<RollupKey, long[]> changes) {
		if (changes.isEmpty()) {
			return;
		}
		Set<RollupKey> present = existing(table, changes.keySet());
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> shrunk = new ArrayList<>();
		changes.forEach((k, d) -> {
			Date bucket = Date.valueOf(k.bucketStart());
			if (present.contains(k)) {
				updates.add(new Object[] { d[0], d[1], d[2], k.modelVersion(), k.precision(), bucket, k.district(),
						k.topic() });
			}
			else {
				inserts.add(new Object[] { k.modelVersion(), k.precision(), bucket, k.district(), k.topic(), d[0], d[1],
						d[2] });
			}
			if (d[0] < 0) {
				shrunk.add(new Object[] { k.modelVersion(), k.precision(), bucket, k.district(), k.topic() });
			}
		});
		jdbc.batchUpdate("UPDATE " + table + " SET article_count = article_count + ?, "
				+ "labelled_count = labelled_count + ?, low_confidence = low_confidence + ?" + KEY_MATCH, updates);
		MultiRowInsert.insert(jdbc, table, COLUMNS, 8, inserts);
		if (!shrunk.isEmpty()) {
			jdbc.batchUpdate("DELETE FROM " + table + KEY_MATCH + " AND article_count = 0", shrunk);
		}
	}

	/**
	 * The keys that have a row. Reads whole bucket ranges (runs of buckets less than a month apart), not IN lists:
	 * H2 compares every row with every list element.
	 */
	private Set<RollupKey> existing(String table, Set<RollupKey> keys) {
		Set<String> versions = new TreeSet<>();
		TreeSet<LocalDate> buckets = new TreeSet<>();
		keys.forEach(k -> {
			versions.add(k.modelVersion());
			buckets.add(k.bucketStart());
		});
		Set<RollupKey> found = new HashSet<>();
		for (String version : versions) {
			LocalDate runStart = null;
			LocalDate previous = null;
			for (LocalDate b : buckets) {
				if (runStart != null && b.isAfter(previous.plusDays(31))) {
					read(table, version, runStart, previous, found);
					runStart = null;
				}
				runStart = runStart == null ? b : runStart;
				previous = b;
			}
			read(table, version, runStart, previous, found);
		}
		found.retainAll(keys);
		return found;
	}

	private void read(String table, String version, LocalDate from, LocalDate to, Set<RollupKey> found) {
		jdbc.query("SELECT date_precision, bucket_start, district_code, topic FROM " + table
				+ " WHERE model_version = ? AND bucket_start BETWEEN ? AND ?", rs -> {
					found.add(new RollupKey(version, rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
							rs.getString(4)));
				}, version, Date.valueOf(from), Date.valueOf(to));
	}

}
