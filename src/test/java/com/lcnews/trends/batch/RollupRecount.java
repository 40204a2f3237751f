package com.lcnews.trends.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recounts the rollups from scratch, independently of the job's code: one SQL aggregation over classification,
 * article and the newest label. Rows are rendered as sorted strings {@code precision|bucket|district|topic|count|
 * labelled|low} so that tests compare whole tables.
 */
final class RollupRecount {

	private static final String RECOUNT = "SELECT p, b, d, t, COUNT(*), SUM(lab), SUM(low) FROM ("
			+ "SELECT CASE WHEN a.article_date IS NULL THEN 'unknown' ELSE a.date_precision END AS p, "
			+ "COALESCE(a.article_date, DATE '1900-01-01') AS b, COALESCE(a.district_code, '?') AS d, "
			+ "COALESCE(l.topic, c.topic, '_unclassified') AS t, CASE WHEN l.topic IS NULL THEN 0 ELSE 1 END AS lab, "
			+ "CASE WHEN l.topic IS NULL AND (c.topic IS NULL OR c.confidence < 0.5) THEN 1 ELSE 0 END AS low "
			+ "FROM classification c JOIN article a ON a.id = c.article_id "
			+ "LEFT JOIN label l ON l.article_id = a.id AND NOT EXISTS (SELECT 1 FROM label n "
			+ "WHERE n.article_id = l.article_id AND (n.labelled_at > l.labelled_at "
			+ "OR (n.labelled_at = l.labelled_at AND n.id > l.id))) "
			+ "WHERE c.model_version = ?) x GROUP BY p, b, d, t";

	private RollupRecount() {
	}

	static List<String> rows(JdbcTemplate jdbc, String table, String version) {
		return sorted(jdbc.query("SELECT date_precision, bucket_start, district_code, topic, article_count, "
				+ "labelled_count, low_confidence FROM " + table + " WHERE model_version = ? AND article_count > 0",
				(rs, i) -> row(rs), version));
	}

	static List<String> fromArticles(JdbcTemplate jdbc, String version) {
		return sorted(jdbc.query(RECOUNT, (rs, i) -> row(rs), version));
	}

	static List<String> monthSums(List<String> daily) {
		Map<String, long[]> sums = new TreeMap<>();
		for (String row : daily) {
			String[] f = row.split("\\|");
			String key = f[0] + "|" + f[1].substring(0, 8) + "01|" + f[2] + "|" + f[3];
			long[] s = sums.computeIfAbsent(key, k -> new long[3]);
			for (int i = 0; i < 3; i++) {
				s[i] += Long.parseLong(f[4 + i]);
			}
		}
		List<String> rows = new ArrayList<>();
		sums.forEach((k, s) -> rows.add(k + "|" + s[0] + "|" + s[1] + "|" + s[2]));
		return sorted(rows);
	}

	private static String row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return rs.getString(1) + "|" + rs.getDate(2).toLocalDate() + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
				+ rs.getLong(5) + "|" + rs.getLong(6) + "|" + rs.getLong(7);
	}

	private static List<String> sorted(List<String> rows) {
		List<String> copy = new ArrayList<>(rows);
		Collections.sort(copy);
		return copy;
	}

}
