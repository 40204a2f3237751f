package com.lcnews.trends.batch;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Per-article state the writers need, read for a set of article ids inside the caller's transaction. */
final class ArticleRows {

	/** An existing classification of one model version. */
	record Existing(String topic, double confidence) {
	}

	private ArticleRows() {
	}

	/** Locks the article rows so that label corrections and the job never count the same article concurrently. */
	static void lock(JdbcTemplate jdbc, Collection<Long> ids) {
		jdbc.query("SELECT id FROM article WHERE id IN (" + placeholders(ids.size()) + ") FOR UPDATE", rs -> {
		}, ids.toArray());
	}

	/** The newest label of each article that has one (newest by time, then by id). */
	static Map<Long, String> effectiveLabels(JdbcTemplate jdbc, Collection<Long> ids) {
		Map<Long, String> topics = new HashMap<>();
		Map<Long, long[]> newest = new HashMap<>();
		jdbc.query("SELECT article_id, topic, labelled_at, id FROM label WHERE article_id IN ("
				+ placeholders(ids.size()) + ")", rs -> {
					long article = rs.getLong(1);
					long at = rs.getTimestamp(3).getTime();
					long id = rs.getLong(4);
					long[] best = newest.get(article);
					if (best == null || at > best[0] || (at == best[0] && id > best[1])) {
						newest.put(article, new long[] { at, id });
						topics.put(article, rs.getString(2));
					}
				}, ids.toArray());
		return topics;
	}

	/** The classifications of the given model version that already exist. */
	static Map<Long, Existing> classifications(JdbcTemplate jdbc, String modelVersion, Collection<Long> ids) {
		Map<Long, Existing> existing = new HashMap<>();
		Object[] args = new Object[ids.size() + 1];
		args[0] = modelVersion;
		int i = 1;
		for (Long id : ids) {
			args[i++] = id;
		}
		jdbc.query("SELECT article_id, topic, confidence FROM classification WHERE model_version = ? AND article_id IN ("
				+ placeholders(ids.size()) + ")",
				rs -> {
					existing.put(rs.getLong(1), new Existing(rs.getString(2), rs.getDouble(3)));
				}, args);
		return existing;
	}

	static String placeholders(int n) {
		return n == 0 ? "NULL" : "?" + ",?".repeat(n - 1);
	}

}
