package com.lcnews.trends.batch;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.lcnews.trends.shared.ArticlePlacement;
import com.lcnews.trends.shared.ArticlePlacements;
import com.lcnews.trends.shared.ClassificationRunningException;
import com.lcnews.trends.shared.DatePrecision;
import com.lcnews.trends.shared.RunLock;

/**
 * Re-dates and re-places stored articles and moves their counts in the rollups of every model version that
 * classified them, in one transaction under the rollup lock (as {@link LabelCorrectionService} does for labels): a
 * crash leaves either the old dates and counts or the new ones. It holds the classification run lock meanwhile and
 * refuses while a run is in progress, whose chunks count articles with the date and district read before they were
 * written.
 */
@Service
public class ArticlePlacementService implements ArticlePlacements {

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final RollupStore rollups;

	private final TransactionTemplate tx;

	private final ClassifyBatchProperties properties;

	ArticlePlacementService(JdbcTemplate jdbc, DataSource dataSource, RollupStore rollups,
			PlatformTransactionManager transactions, ClassifyBatchProperties properties) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.rollups = rollups;
		this.tx = new TransactionTemplate(transactions);
		this.properties = properties;
	}

	@Override
	public int place(List<ArticlePlacement> changes) {
		if (changes.isEmpty()) {
			return 0;
		}
		Optional<RunLock> lock = RunLock.tryAcquire(dataSource, "classify");
		if (lock.isEmpty()) {
			throw new ClassificationRunningException(
					"a classification run is in progress; give the page's date again when it has finished");
		}
		try (RunLock held = lock.get()) {
			return tx.execute(status -> apply(changes));
		}
	}

	private int apply(List<ArticlePlacement> changes) {
		ArticleRows.lockRollups(jdbc);
		Map<Long, String> labels = ArticleRows.effectiveLabels(jdbc, changes.stream().map(ArticlePlacement::articleId).toList());
		RollupDeltas deltas = new RollupDeltas();
		int changed = 0;
		for (ArticlePlacement c : changes) {
			List<Object[]> old = jdbc.query("SELECT article_date, date_precision, district_code FROM article WHERE id = ?",
					(rs, i) -> new Object[] { rs.getDate(1), rs.getString(2), rs.getString(3) }, c.articleId());
			if (old.isEmpty()) {
				continue;
			}
			LocalDate oldDate = old.get(0)[0] == null ? null : ((Date) old.get(0)[0]).toLocalDate();
			DatePrecision oldPrecision = DatePrecision.ofCode((String) old.get(0)[1]);
			String oldDistrict = (String) old.get(0)[2];
			String label = labels.get(c.articleId());
			double low = properties.lowConfidence();
			jdbc.query("SELECT model_version, topic, confidence FROM classification WHERE article_id = ?", rs -> {
				String version = rs.getString(1);
				deltas.subtract(CountedAs.of(version, oldDate, oldPrecision, oldDistrict, rs.getString(2), rs.getDouble(3),
						label, low));
				deltas.add(CountedAs.of(version, c.date(), c.precision(), c.districtCode(), rs.getString(2),
						rs.getDouble(3), label, low));
			}, c.articleId());
			changed += jdbc.update("UPDATE article SET article_date = ?, date_precision = ?, date_evidence = ?, "
					+ "district_code = ?, district_evidence = ? WHERE id = ?", c.date() == null ? null : Date.valueOf(c.date()),
					c.precision().code(), cut(c.dateEvidence()), c.districtCode(), cut(c.districtEvidence()), c.articleId());
		}
		rollups.apply(deltas);
		return changed;
	}

	private static String cut(String s) {
		return s == null || s.length() <= 512 ? s : s.substring(0, 512);
	}

}
