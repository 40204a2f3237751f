package com.lcnews.trends.trend;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/** Finds the articles counted in one chart point: same model, period, precisions, districts and counted topic. */
class ArticleDrillDown {

	private static final String SELECT = "SELECT a.id, a.headline, a.article_date, a.date_precision, a.district_code, "
			+ "COALESCE(l.topic, c.topic, '_unclassified') AS counted, c.topic, c.confidence, l.topic "
			+ "FROM article a JOIN classification c ON c.article_id = a.id AND c.model_version = ? "
			+ "LEFT JOIN label l ON l.article_id = a.id AND NOT EXISTS (SELECT 1 FROM label n "
			+ "WHERE n.article_id = l.article_id AND (n.labelled_at > l.labelled_at "
			+ "OR (n.labelled_at = l.labelled_at AND n.id > l.id))) "
			+ "WHERE a.article_date >= ? AND a.article_date < ? AND a.date_precision IN (";

	private final JdbcTemplate jdbc;

	ArticleDrillDown(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<ArticleRef> find(LocalDate periodStart, Granularity g, String topic, Set<String> districts,
			Optional<String> version, int limit) {
		if (version.isEmpty()) {
			return List.of();
		}
		LocalDate start = g.periodStart(periodStart);
		List<Object> args = new ArrayList<>(List.of(version.get(), Date.valueOf(start), Date.valueOf(g.next(start))));
		args.addAll(g.precisions());
		StringBuilder sql = new StringBuilder(SELECT).append(TrendService.marks(g.precisions().size())).append(')');
		sql.append(" AND COALESCE(l.topic, c.topic, '_unclassified') = ?");
		args.add(topic);
		if (!districts.isEmpty()) {
			List<String> known = districts.stream().filter(d -> !d.equals("?")).toList();
			List<String> parts = new ArrayList<>();
			if (!known.isEmpty()) {
				parts.add("a.district_code IN (" + TrendService.marks(known.size()) + ")");
				args.addAll(known);
			}
			if (districts.contains("?")) {
				parts.add("a.district_code IS NULL");
			}
			sql.append(" AND (").append(String.join(" OR ", parts)).append(')');
		}
		sql.append(" ORDER BY a.id FETCH FIRST ").append(limit).append(" ROWS ONLY");
		return jdbc.query(sql.toString(), (rs, i) -> new ArticleRef(rs.getLong(1), rs.getString(2),
				rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5) == null ? "?" : rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getDouble(8), rs.getString(9) != null), args.toArray());
	}

}
