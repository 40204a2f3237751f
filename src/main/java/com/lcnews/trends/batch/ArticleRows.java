package com.lcnews.trends.batch;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/** Per-article state the writers need, read for a set of article ids inside the caller's transaction. */
final class ArticleRows {

	/** An existing classification of one model version. */
	record Existing(String topic, double confidence) {
	}

	private ArticleRows() {
	}

	/**
	 * Takes the rollup lock until the end of the transaction, so that label corrections and job chunks never move
	 * the counts of the same article concurrently (one row lock per transaction, cheap even for large chunks).
	 */
	static void lockRollups(JdbcTemplate jdbc) {
		jdbc.query("SELECT name FROM batch_lock WHERE name = 'rollup' FOR UPDATE", rs -> {
		});
	}

	/**
	 * The newest label (by time, then by id) of each of the given articles that has one. Reads the id range of the
	 * articles, not an IN list: H2 compares every row with every list element, which is quadratic in the chunk size.
	 */
	static Map<Long, String> effectiveLabels(JdbcTemplate jdbc, Collection<Long> ids) {
		Set<Long> wanted = new HashSet<>(ids);
		Map<Long, String> topics = new HashMap<>();
		Map<Long, long[]> newest = new HashMap<>();
		jdbc.query("SELECT article_id, topic, labelled_at, id FROM label WHERE article_id BETWEEN ? AND ?", rs -> {
			long article = rs.getLong(1);
			long at = rs.getTimestamp(3).getTime();
			long id = rs.getLong(4);
			long[] best = newest.get(article);
			if (wanted.contains(article) && (best == null || at > best[0] || (at == best[0] && id > best[1]))) {
				newest.put(article, new long[] { at, id });
				topics.put(article, rs.getString(2));
			}
		}, Collections.min(ids), Collections.max(ids));
		return topics;
	}

	/** The classifications of the given model version that already exist for the given articles. */
	static Map<Long, Existing> classifications(JdbcTemplate jdbc, String modelVersion, Collection<Long> ids) {
		Set<Long> wanted = new HashSet<>(ids);
		Map<Long, Existing> existing = new HashMap<>();
		// No model_version condition: it would let the database prefer the (model_version, topic) index and scan
		// every classification of the version; by article id range only the primary key applies.
		jdbc.query("SELECT article_id, model_version, topic, confidence FROM classification "
				+ "WHERE article_id BETWEEN ? AND ?", rs -> {
					if (modelVersion.equals(rs.getString(2)) && wanted.contains(rs.getLong(1))) {
						existing.put(rs.getLong(1), new Existing(rs.getString(3), rs.getDouble(4)));
					}
				}, Collections.min(ids), Collections.max(ids));
		return existing;
	}

	/** The given articles that have a skip record of the model version. */
	static List<Long> skipped(JdbcTemplate jdbc, String modelVersion, Collection<Long> ids) {
		Set<Long> wanted = new HashSet<>(ids);
		return jdbc.queryForList("SELECT article_id FROM classification_skip WHERE article_id BETWEEN ? AND ? "
				+ "AND model_version = ?", Long.class, Collections.min(ids), Collections.max(ids), modelVersion)
			.stream()
			.filter(wanted::contains)
			.toList();
	}

	static String placeholders(int n) {
		return n == 0 ? "NULL" : "?" + ",?".repeat(n - 1);
	}

}
