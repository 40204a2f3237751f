package com.lcnews.trends.spark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.lcnews.trends.batch.RollupDeltas;
import com.lcnews.trends.batch.RollupKey;

/**
 * Applies {@link RollupDeltas} to {@code topic_rollup} and {@code topic_rollup_month} in the caller's transaction, which
 * holds the rollup lock: increments the rows that exist, inserts the others, removes rows whose count fell to zero.
 */
final class StoreRollups {

	private static final String KEY_MATCH = " WHERE model_version = ? AND date_precision = ? AND bucket_start = ? "
			+ "AND district_code = ? AND topic = ?";

	private StoreRollups() {
	}

	static void apply(Connection c, RollupDeltas deltas) throws SQLException {
		apply(c, "topic_rollup", deltas.daily());
		apply(c, "topic_rollup_month", deltas.monthly());
	}

	private static void apply(Connection c, String table, Map<RollupKey, long[]> changes) throws SQLException {
		if (changes.isEmpty()) {
			return;
		}
		List<RollupKey> keys = new ArrayList<>(changes.keySet());
		List<Object[]> updates = new ArrayList<>();
		for (RollupKey k : keys) {
			long[] d = changes.get(k);
			updates.add(new Object[] { d[0], d[1], d[2], k.modelVersion(), k.precision(), Date.valueOf(k.bucketStart()),
					k.district(), k.topic() });
		}
		int[] counts = StoreWriter.batch(c, "UPDATE " + table + " SET article_count = article_count + ?, "
				+ "labelled_count = labelled_count + ?, low_confidence = low_confidence + ?" + KEY_MATCH, updates);
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> shrunk = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			RollupKey k = keys.get(i);
			long[] d = changes.get(k);
			Object[] key = { k.modelVersion(), k.precision(), Date.valueOf(k.bucketStart()), k.district(), k.topic() };
			if (counts[i] == 0) {
				inserts.add(new Object[] { key[0], key[1], key[2], key[3], key[4], d[0], d[1], d[2] });
			}
			else if (counts[i] != 1) {
				throw new SQLException("Rollup key " + k + " matched " + counts[i] + " rows of " + table
						+ " (a driver must report update counts)");
			}
			if (d[0] < 0) {
				shrunk.add(key);
			}
		}
		StoreWriter.batch(c, "INSERT INTO " + table + " (model_version, date_precision, bucket_start, district_code, "
				+ "topic, article_count, labelled_count, low_confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", inserts);
		StoreWriter.batch(c, "DELETE FROM " + table + KEY_MATCH + " AND article_count = 0", shrunk);
	}

}
