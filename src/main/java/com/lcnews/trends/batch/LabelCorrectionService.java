package com.lcnews.trends.batch;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.lcnews.trends.shared.DatePrecision;
import com.lcnews.trends.shared.Topic;
import com.lcnews.trends.shared.audit.AuditAction;
import com.lcnews.trends.shared.audit.AuditLog;

/**
 * Stores human labels and keeps the rollups in step: in one transaction it inserts the label (which becomes the
 * article's effective label) and moves the article's count, in the rollups of every model version that classified it,
 * from where it was counted to the labelled topic. The classifications stay as they are, for evaluation. Labels set on
 * the dashboard are recorded in the audit log in the same transaction. A correction made from what the corrector saw
 * ({@link #labelVersion}) is refused when someone labelled the article in the meantime.
 */
@Service
public class LabelCorrectionService {

	private final JdbcTemplate jdbc;

	private final RollupStore rollups;

	private final ClassifyBatchProperties properties;

	private final AuditLog audit;

	LabelCorrectionService(JdbcTemplate jdbc, RollupStore rollups, ClassifyBatchProperties properties, AuditLog audit) {
		this.jdbc = jdbc;
		this.rollups = rollups;
		this.properties = properties;
		this.audit = audit;
	}

	/**
	 * The version of an article's labels, to hand back to {@link #correct(long, Topic, String, long)}: it changes with
	 * every new label (the id of the newest label row, 0 when there is none).
	 */
	public long labelVersion(long articleId) {
		Long version = jdbc.queryForObject("SELECT MAX(id) FROM label WHERE article_id = ?", Long.class, articleId);
		return version == null ? 0 : version;
	}

	/**
	 * A topic correction made on the dashboard from what the corrector saw: refused, with nothing stored, when the
	 * article was labelled after {@code seenVersion} (from {@link #labelVersion}) was read.
	 * @throws ConcurrentLabelException naming the newer label, when someone labelled the article meanwhile
	 * @throws IllegalArgumentException when no article has this id
	 */
	@Transactional
	public void correct(long articleId, Topic topic, String user, long seenVersion) {
		ArticleRows.lockRollups(jdbc);
		long now = labelVersion(articleId);
		if (now != seenVersion) {
			throw jdbc.queryForObject("SELECT topic, labelled_by, labelled_at FROM label WHERE id = ?",
					(rs, i) -> new ConcurrentLabelException(articleId, rs.getString(1), rs.getString(2),
							rs.getTimestamp(3).toInstant()), now);
		}
		label(articleId, topic, user, "dashboard");
	}

	/**
	 * A topic correction made on the dashboard, whatever was labelled before.
	 * @throws IllegalArgumentException when no article has this id
	 */
	@Transactional
	public void correct(long articleId, Topic topic, String user) {
		label(articleId, topic, user, "dashboard");
	}

	/**
	 * Stores a label of any origin ({@code seed}, {@code dashboard}) and moves the rollup counts.
	 * @throws IllegalArgumentException when no article has this id
	 */
	@Transactional
	public void label(long articleId, Topic topic, String user, String origin) {
		ArticleRows.lockRollups(jdbc);
		List<Object[]> article = jdbc.query("SELECT article_date, date_precision, district_code FROM article WHERE id = ?",
				(rs, i) -> new Object[] { rs.getDate(1), rs.getString(2), rs.getString(3) }, articleId);
		if (article.isEmpty()) {
			throw new IllegalArgumentException("No article with id " + articleId);
		}
		Map<Long, String> labels = ArticleRows.effectiveLabels(jdbc, List.of(articleId));
		String oldLabel = labels.get(articleId);
		jdbc.update("INSERT INTO label (article_id, topic, labelled_by, labelled_at, origin) VALUES (?, ?, ?, ?, ?)",
				articleId, topic.code(), user, Timestamp.from(Instant.now()), origin);
		java.sql.Date sqlDate = (java.sql.Date) article.get(0)[0];
		LocalDate date = sqlDate == null ? null : sqlDate.toLocalDate();
		DatePrecision precision = DatePrecision.ofCode((String) article.get(0)[1]);
		String district = (String) article.get(0)[2];
		RollupDeltas deltas = new RollupDeltas();
		jdbc.query("SELECT model_version, topic, confidence FROM classification WHERE article_id = ?", rs -> {
			String version = rs.getString(1);
			String predicted = rs.getString(2);
			double confidence = rs.getDouble(3);
			double low = properties.lowConfidence();
			deltas.subtract(CountedAs.of(version, date, precision, district, predicted, confidence, oldLabel, low));
			deltas.add(CountedAs.of(version, date, precision, district, predicted, confidence, topic.code(), low));
		}, articleId);
		rollups.apply(deltas);
		if (!"seed".equals(origin)) {
			Map<String, String> details = new LinkedHashMap<>();
			details.put("from", oldLabel);
			details.put("to", topic.code());
			details.put("origin", origin);
			audit.record(AuditAction.CORRECTION, user, "article:" + articleId, details);
		}
	}

}
