package com.lcnews.trends.spark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.lcnews.trends.batch.CountedAs;
import com.lcnews.trends.batch.RollupDeltas;
import com.lcnews.trends.batch.TopicAssignment;

/**
 * Stores a chunk of outcomes in one transaction, as the application's classification job stores a chunk: under the
 * rollup lock, it upserts the classifications of the model version (so a partition run again after an executor died
 * changes nothing twice), replaces skip records, stores vectors not stored yet, and moves the rollup counts from where
 * each article was counted before to where it is counted now, with the application's own counting rule
 * ({@link CountedAs}: newest human label first, abstentions, low confidence, date buckets, unknown districts) and
 * delta sums ({@link RollupDeltas}); a recorded near-duplicate copy ({@code article_copy}) is classified but never
 * counted. Plain JDBC, standard SQL for H2 and PostgreSQL.
 */
final class StoreWriter {

	private static final String INSERT = "INSERT INTO classification (topic, confidence, scores_json, classified_at, "
			+ "article_id, model_version) VALUES (?, ?, ?, ?, ?, ?)";

	private static final String UPDATE = "UPDATE classification SET topic = ?, confidence = ?, scores_json = ?, "
			+ "classified_at = ? WHERE article_id = ? AND model_version = ?";

	private static final String VECTOR = "INSERT INTO article_vector (article_id, encoder, vector, embedded_at) "
			+ "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM article_vector WHERE article_id = ? AND encoder = ?)";

	/** An existing classification of the model version. */
	private record Existing(String topic, double confidence) {
	}

	private final String encoder;

	private final double lowConfidence;

	/**
	 * @param encoder the spec id vectors are stored under, null when the model reads none
	 * @param lowConfidence predictions under it count as low confidence (the application's
	 *        {@code newstrends.batch.low-confidence})
	 */
	StoreWriter(String encoder, double lowConfidence) {
		this.encoder = encoder;
		this.lowConfidence = lowConfidence;
	}

	/** Writes one chunk (all of one model version) and commits; on failure nothing of it stays. */
	void write(Connection c, List<Outcome> chunk) throws SQLException {
		if (chunk.isEmpty()) {
			return;
		}
		boolean auto = c.getAutoCommit();
		c.setAutoCommit(false);
		try {
			writeInTransaction(c, chunk);
			c.commit();
		}
		catch (SQLException | RuntimeException ex) {
			c.rollback();
			throw ex;
		}
		finally {
			c.setAutoCommit(auto);
		}
	}

	private void writeInTransaction(Connection c, List<Outcome> chunk) throws SQLException {
		String version = chunk.get(0).assignment().modelVersion();
		List<Long> ids = chunk.stream().map(o -> o.assignment().articleId()).toList();
		long min = ids.stream().mapToLong(Long::longValue).min().orElseThrow();
		long max = ids.stream().mapToLong(Long::longValue).max().orElseThrow();
		Set<Long> wanted = new HashSet<>(ids);
		try (PreparedStatement lock = c.prepareStatement("SELECT name FROM batch_lock WHERE name = 'rollup' FOR UPDATE")) {
			lock.executeQuery().close();
		}
		Map<Long, Existing> existing = existing(c, version, min, max, wanted);
		Map<Long, String> labels = labels(c, min, max, wanted);
		Set<Long> copies = copies(c, min, max, wanted);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> skips = new ArrayList<>();
		List<Object[]> vectors = new ArrayList<>();
		RollupDeltas deltas = new RollupDeltas();
		for (Outcome o : chunk) {
			TopicAssignment a = o.assignment();
			if (!a.modelVersion().equals(version)) {
				throw new IllegalArgumentException("A chunk holds one model version: " + version + ", " + a.modelVersion());
			}
			if (o.vector() != null && encoder != null) {
				vectors.add(new Object[] { a.articleId(), encoder, o.vector(), now, a.articleId(), encoder });
			}
			if (a.isSkipped()) {
				skips.add(new Object[] { a.articleId(), version, a.skipReason(), now });
				continue;
			}
			String label = labels.get(a.articleId());
			Existing old = existing.get(a.articleId());
			if (!copies.contains(a.articleId())) {
				if (old != null) {
					deltas.subtract(counted(a, old.topic(), old.confidence(), label));
				}
				deltas.add(counted(a, a.topic(), a.confidence(), label));
			}
			(old == null ? inserts : updates)
				.add(new Object[] { a.topic(), a.confidence(), a.scoresJson(), now, a.articleId(), version });
		}
		batch(c, VECTOR, vectors);
		replaceSkips(c, version, min, max, wanted, skips);
		batch(c, INSERT, inserts);
		batch(c, UPDATE, updates);
		StoreRollups.apply(c, deltas);
	}

	private CountedAs counted(TopicAssignment a, String topic, double confidence, String label) {
		return CountedAs.of(a.modelVersion(), a.date(), a.precision(), a.districtCode(), topic, confidence, label,
				lowConfidence);
	}

	/** Handles one row of a result set. */
	@FunctionalInterface
	interface RowHandler {

		void row(ResultSet rs) throws SQLException;

	}

	/**
	 * Runs a query whose first two parameters are an article id range and the others {@code more}, handing each row
	 * to {@code handler}. Id ranges, not IN lists: H2 compares every row with every list element.
	 */
	static void inRange(Connection c, String sql, long min, long max, RowHandler handler, Object... more)
			throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			ps.setLong(1, min);
			ps.setLong(2, max);
			for (int i = 0; i < more.length; i++) {
				ps.setObject(3 + i, more[i]);
			}
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					handler.row(rs);
				}
			}
		}
	}

	/** The ids in the first column of a range query that are {@code wanted}. */
	static Set<Long> ids(Connection c, String sql, long min, long max, Set<Long> wanted, Object... more)
			throws SQLException {
		Set<Long> found = new HashSet<>();
		inRange(c, sql, min, max, rs -> {
			if (wanted.contains(rs.getLong(1))) {
				found.add(rs.getLong(1));
			}
		}, more);
		return found;
	}

	private static Map<Long, Existing> existing(Connection c, String version, long min, long max, Set<Long> wanted)
			throws SQLException {
		Map<Long, Existing> found = new HashMap<>();
		inRange(c, "SELECT article_id, topic, confidence FROM classification WHERE article_id BETWEEN ? AND ? "
				+ "AND model_version = ?", min, max, rs -> {
					if (wanted.contains(rs.getLong(1))) {
						found.put(rs.getLong(1), new Existing(rs.getString(2), rs.getDouble(3)));
					}
				}, version);
		return found;
	}

	/** The wanted articles recorded as near-duplicate copies: classified, but never counted (reprints count once). */
	private static Set<Long> copies(Connection c, long min, long max, Set<Long> wanted) throws SQLException {
		return ids(c, "SELECT article_id FROM article_copy WHERE article_id BETWEEN ? AND ?", min, max, wanted);
	}

	/** The newest label (by time, then by id) of each wanted article that has one. */
	private static Map<Long, String> labels(Connection c, long min, long max, Set<Long> wanted) throws SQLException {
		Map<Long, String> topics = new HashMap<>();
		Map<Long, long[]> newest = new HashMap<>();
		inRange(c, "SELECT article_id, topic, labelled_at, id FROM label WHERE article_id BETWEEN ? AND ?", min, max,
				rs -> {
					long article = rs.getLong(1);
					long at = rs.getTimestamp(3).getTime();
					long id = rs.getLong(4);
					long[] best = newest.get(article);
					if (wanted.contains(article) && (best == null || at > best[0] || (at == best[0] && id > best[1]))) {
						newest.put(article, new long[] { at, id });
						topics.put(article, rs.getString(2));
					}
				});
		return topics;
	}

	private static void replaceSkips(Connection c, String version, long min, long max, Set<Long> wanted,
			List<Object[]> skips) throws SQLException {
		List<Object[]> stale = ids(c, "SELECT article_id FROM classification_skip WHERE article_id BETWEEN ? AND ? "
				+ "AND model_version = ?", min, max, wanted, version).stream().map(id -> new Object[] { id, version }).toList();
		batch(c, "DELETE FROM classification_skip WHERE article_id = ? AND model_version = ?", stale);
		batch(c, "INSERT INTO classification_skip (article_id, model_version, reason, skipped_at) VALUES (?, ?, ?, ?)",
				skips);
	}

	/** Runs one statement for every row as a JDBC batch; returns the update counts. */
	static int[] batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
		if (rows.isEmpty()) {
			return new int[0];
		}
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			for (Object[] row : rows) {
				for (int i = 0; i < row.length; i++) {
					ps.setObject(i + 1, row[i]);
				}
				ps.addBatch();
			}
			return ps.executeBatch();
		}
	}

}
