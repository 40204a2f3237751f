package com.lcnews.trends.batch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import com.lcnews.trends.vectors.ArticleVectors;

/**
 * Stores a chunk of assignments in the chunk's transaction: inserts new classifications, updates existing ones of the
 * same model version (so a rerun or restart never duplicates), records skipped articles, and moves the rollup counts
 * from where each article was counted before to where it is counted now. The newest human label decides the counted
 * topic; the prediction is stored beside it. A near-duplicate copy of an earlier article is classified but never
 * counted (copies are marked before any model classifies them), so reprints count once.
 */
class TopicAssignmentWriter implements ItemWriter<TopicAssignment> {

	private static final String INSERT_COLUMNS = "topic, confidence, scores_json, classified_at, article_id, "
			+ "model_version";

	private static final String UPDATE = "UPDATE classification SET topic = ?, confidence = ?, scores_json = ?, "
			+ "classified_at = ? WHERE article_id = ? AND model_version = ?";

	private final JdbcTemplate jdbc;

	private final RollupStore rollups;

	private final double lowConfidence;

	private final ArticleVectors vectors;

	TopicAssignmentWriter(JdbcTemplate jdbc, RollupStore rollups, double lowConfidence, ArticleVectors vectors) {
		this.jdbc = jdbc;
		this.rollups = rollups;
		this.lowConfidence = lowConfidence;
		this.vectors = vectors;
	}

	@Override
	public void write(Chunk<? extends TopicAssignment> chunk) {
		List<? extends TopicAssignment> items = chunk.getItems();
		if (items.isEmpty()) {
			return;
		}
		String version = items.get(0).modelVersion();
		List<Long> ids = items.stream().map(TopicAssignment::articleId).toList();
		ArticleRows.lockRollups(jdbc);
		Map<Long, ArticleRows.Existing> existing = ArticleRows.classifications(jdbc, version, ids);
		Map<Long, String> labels = ArticleRows.effectiveLabels(jdbc, ids);
		Set<Long> copies = vectors.copiesAmong(ids);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> skips = new ArrayList<>();
		RollupDeltas deltas = new RollupDeltas();
		for (TopicAssignment a : items) {
			if (a.isSkipped()) {
				skips.add(new Object[] { a.articleId(), version, a.skipReason(), now });
				continue;
			}
			String label = labels.get(a.articleId());
			ArticleRows.Existing old = existing.get(a.articleId());
			if (!copies.contains(a.articleId())) {
				if (old != null) {
					deltas.subtract(counted(a, old.topic(), old.confidence(), label));
				}
				deltas.add(counted(a, a.topic(), a.confidence(), label));
			}
			Object[] row = { a.topic(), a.confidence(), a.scoresJson(), now, a.articleId(), version };
			(old == null ? inserts : updates).add(row);
		}
		storeSkips(version, ids, skips);
		MultiRowInsert.insert(jdbc, "classification", INSERT_COLUMNS, 6, inserts);
		jdbc.batchUpdate(UPDATE, updates);
		rollups.apply(deltas);
	}

	private CountedAs counted(TopicAssignment a, String topic, double confidence, String label) {
		return CountedAs.of(a.modelVersion(), a.date(), a.precision(), a.districtCode(), topic, confidence, label,
				lowConfidence);
	}

	private void storeSkips(String version, List<Long> ids, List<Object[]> skips) {
		List<Object[]> stale = ArticleRows.skipped(jdbc, version, ids)
			.stream()
			.map(id -> new Object[] { id, version })
			.toList();
		jdbc.batchUpdate("DELETE FROM classification_skip WHERE article_id = ? AND model_version = ?", stale);
		MultiRowInsert.insert(jdbc, "classification_skip", "article_id, model_version, reason, skipped_at", 4, skips);
	}

}
