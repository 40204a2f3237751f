package com.lcnews.trends.articles;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.ArticleKind;
import com.lcnews.trends.shared.DatePrecision;

/**
 * Searches articles page by page and reads one article in full. Paging is by offset over an indexed order; list
 * queries never count the whole table, so the grid stays fast at millions of rows.
 */
@Service
@Transactional(readOnly = true)
public class ArticleQueryService {

	/** Sort orders of the list. */
	public enum Sort {

		NEWEST("a.article_date DESC NULLS LAST, a.id DESC"), OLDEST("a.article_date ASC NULLS LAST, a.id ASC"),
		LEAST_CONFIDENT("c.confidence ASC NULLS LAST, a.id ASC"), IMPORT_ORDER("a.id ASC");

		private final String sql;

		Sort(String sql) {
			this.sql = sql;
		}

	}

	private static final String LATEST_LABEL = "LEFT JOIN label l ON l.article_id = a.id AND NOT EXISTS (SELECT 1 FROM label n "
			+ "WHERE n.article_id = l.article_id AND (n.labelled_at > l.labelled_at OR (n.labelled_at = l.labelled_at AND n.id > l.id))) ";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final JdbcTemplate jdbc;

	ArticleQueryService(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The promoted model version, if any model was promoted. */
	public Optional<String> promotedVersion() {
		return jdbc.queryForList("SELECT version FROM model_promotion ORDER BY promoted_at DESC, id DESC FETCH FIRST 1 ROWS ONLY",
				String.class).stream().findFirst();
	}

	/** One page of matching articles. */
	public List<ArticleRow> search(ArticleFilter filter, Sort sort, int offset, int limit) {
		List<Object> args = new ArrayList<>();
		String sql = "SELECT a.id, a.headline, a.article_date, a.date_precision, a.district_code, COALESCE(l.topic, c.topic), "
				+ "c.confidence, l.topic, a.source_file, a.body " + from(filter, args) + " ORDER BY " + sort.sql
				+ " OFFSET " + Math.max(0, offset) + " ROWS FETCH NEXT " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY";
		return jdbc.query(sql, (rs, i) -> row(rs), args.toArray());
	}

	/** The rows of these articles (with the promoted model's topic), in the order of {@code ids}; unknown ids left out. */
	public List<ArticleRow> rows(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Object> args = new ArrayList<>();
		String sql = "SELECT a.id, a.headline, a.article_date, a.date_precision, a.district_code, COALESCE(l.topic, c.topic), "
				+ "c.confidence, l.topic, a.source_file, a.body " + from(ArticleFilter.any(), args) + " AND a.id IN ("
				+ String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")";
		args.addAll(ids);
		Map<Long, ArticleRow> byId = new java.util.HashMap<>();
		jdbc.query(sql, (rs, i) -> row(rs), args.toArray()).forEach(r -> byId.put(r.id(), r));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	/** How many articles match, counting at most {@code cap} (so the count stays cheap on huge tables). */
	public long count(ArticleFilter filter, long cap) {
		List<Object> args = new ArrayList<>();
		String sql = "SELECT COUNT(*) FROM (SELECT a.id " + from(filter, args) + " FETCH FIRST " + cap + " ROWS ONLY) t";
		Long n = jdbc.queryForObject(sql, Long.class, args.toArray());
		return n == null ? 0 : n;
	}

	/** One article in full, with the given model's prediction (null: promoted model) and all labels. */
	public Optional<ArticleDetail> detail(long id, String modelVersion) {
		List<Article> found = jdbc.query("SELECT id, source_file, ordinal, headline, subheadline, body, byline, kind, "
				+ "article_date, date_precision, date_evidence, district_code, district_evidence FROM article WHERE id = ?",
				(rs, i) -> article(rs), id);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		String version = modelVersion != null ? modelVersion : promotedVersion().orElse(null);
		List<Object[]> cls = version == null ? List.of()
				: jdbc.query("SELECT topic, confidence, scores_json FROM classification WHERE article_id = ? AND model_version = ?",
						(rs, i) -> new Object[] { rs.getString(1), rs.getDouble(2), rs.getString(3) }, id, version);
		List<ArticleDetail.Label> labels = jdbc.query("SELECT topic, secondary_topic, labelled_by, labelled_at, origin "
				+ "FROM label WHERE article_id = ? ORDER BY labelled_at DESC, id DESC",
				(rs, i) -> new ArticleDetail.Label(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toInstant(), rs.getString(5)), id);
		Object[] c = cls.isEmpty() ? null : cls.get(0);
		return Optional.of(new ArticleDetail(found.get(0), version, c == null ? null : (String) c[0],
				c == null ? null : (Double) c[1], c == null ? Map.of() : scores((String) c[2]), labels));
	}

	/** Text of an article for classification, with its district. */
	public record ArticleText(long id, String headline, String text, String district) {
	}

	/** An article's text with its newest human label. */
	public record LabelledArticle(ArticleText article, String topic) {
	}

	private static final String TEXT_COLUMNS = "a.id, a.headline, a.subheadline, a.body, a.district_code";

	/** The classification texts of the newest {@code limit} articles (a sample for model comparisons). */
	public List<ArticleText> newestTexts(int limit) {
		return jdbc.query("SELECT " + TEXT_COLUMNS + " FROM article a ORDER BY a.article_date DESC NULLS LAST, a.id DESC "
				+ "FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", (rs, i) -> text(rs));
	}

	/** Labelled articles with their newest label, for retraining; {@code origin} filters ({@code seed}, {@code dashboard}). */
	public List<LabelledArticle> labelledTexts(String origin) {
		return jdbc.query("SELECT " + TEXT_COLUMNS + ", l.topic FROM article a " + LATEST_LABEL
				+ "WHERE l.id IS NOT NULL AND l.origin = ? ORDER BY a.id", (rs, i) -> new LabelledArticle(text(rs), rs.getString(6)),
				origin);
	}

	private static ArticleText text(ResultSet rs) throws SQLException {
		return new ArticleText(rs.getLong(1), rs.getString(2), Article.classificationText(rs.getString(2), rs.getString(3),
				rs.getString(4)), rs.getString(5) == null ? "?" : rs.getString(5));
	}

	private String from(ArticleFilter f, List<Object> args) {
		String version = f.modelVersion() != null ? f.modelVersion() : promotedVersion().orElse("");
		args.add(version);
		StringBuilder sql = new StringBuilder("FROM article a LEFT JOIN classification c ON c.article_id = a.id AND c.model_version = ? ")
			.append(LATEST_LABEL).append("WHERE 1 = 1");
		if (f.text() != null && !f.text().isBlank()) {
			for (String word : f.text().trim().split("\\s+")) {
				sql.append(" AND (a.headline LIKE ? ESCAPE '\\' OR a.body LIKE ? ESCAPE '\\')");
				String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
				args.add(pattern);
				args.add(pattern);
			}
		}
		if (f.topic() != null) {
			sql.append(f.topic().equals("_unclassified") ? " AND l.topic IS NULL AND c.article_id IS NOT NULL AND c.topic IS NULL"
					: " AND COALESCE(l.topic, c.topic) = ?");
			if (!f.topic().equals("_unclassified")) {
				args.add(f.topic());
			}
		}
		if (f.district() != null) {
			sql.append(f.district().equals("?") ? " AND a.district_code IS NULL" : " AND a.district_code = ?");
			if (!f.district().equals("?")) {
				args.add(f.district());
			}
		}
		if (f.from() != null) {
			sql.append(" AND a.article_date >= ?");
			args.add(Date.valueOf(f.from()));
		}
		if (f.to() != null) {
			sql.append(" AND a.article_date <= ?");
			args.add(Date.valueOf(f.to()));
		}
		if (f.maxConfidence() != null) {
			sql.append(" AND c.confidence <= ?");
			args.add(f.maxConfidence());
		}
		if (f.labelled() != null) {
			sql.append(f.labelled() ? " AND l.id IS NOT NULL" : " AND l.id IS NULL");
		}
		return sql.toString();
	}

	private static ArticleRow row(ResultSet rs) throws SQLException {
		Date date = rs.getDate(3);
		String headline = rs.getString(2);
		if (headline == null || headline.isBlank()) {
			String body = rs.getString(10);
			headline = body.length() > 30 ? body.substring(0, 30) + "…" : body;
		}
		double conf = rs.getDouble(7);
		Double confidence = rs.wasNull() ? null : conf;
		return new ArticleRow(rs.getLong(1), headline, date == null ? null : date.toLocalDate(), rs.getString(4),
				rs.getString(5) == null ? "?" : rs.getString(5), rs.getString(6), confidence, rs.getString(8) != null,
				rs.getString(9));
	}

	private static Article article(ResultSet rs) throws SQLException {
		Date date = rs.getDate(9);
		return new Article(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), ArticleKind.ofCode(rs.getString(8)), date == null ? null : date.toLocalDate(),
				DatePrecision.ofCode(rs.getString(10)), rs.getString(11), rs.getString(12), rs.getString(13));
	}

	private static Map<String, Double> scores(String json) {
		try {
			return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Double>>() {
			});
		}
		catch (Exception ex) {
			return Map.of();
		}
	}

}
