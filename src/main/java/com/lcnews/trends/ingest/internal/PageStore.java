package com.lcnews.trends.ingest.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import com.lcnews.trends.ingest.ImportPage;
import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.ArticleKind;
import com.lcnews.trends.shared.DatePrecision;

/** Reads the pages of imports and their stored articles, and records what an administrator answered for a page. */
public final class PageStore {

	private static final String PAGE_COLUMNS = "id, import_id, source_file, source_path, articles, undated, unplaced, "
			+ "issue_date, home_district, answered_at";

	private final JdbcTemplate jdbc;

	public PageStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ImportPage> page(long id) {
		return jdbc.query("SELECT " + PAGE_COLUMNS + " FROM import_page WHERE id = ?", (rs, i) -> page(rs), id)
			.stream()
			.findFirst();
	}

	/** The newest pages some of whose articles lack a date or a district. */
	public List<ImportPage> pagesWithGaps(int limit) {
		return jdbc.query("SELECT " + PAGE_COLUMNS + " FROM import_page WHERE undated > 0 OR unplaced > 0 "
				+ "ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY", (rs, i) -> page(rs));
	}

	/** The stored articles of a page in page order (ordinal), as the kernel's records with their ids. */
	public List<Article> articles(long pageId) {
		return jdbc.query("SELECT a.id, a.source_file, a.ordinal, a.headline, a.subheadline, a.body, a.byline, a.kind, "
				+ "a.article_date, a.date_precision, a.date_evidence, a.district_code, a.district_evidence FROM article a "
				+ "JOIN import_page_article p ON p.article_id = a.id WHERE p.page_id = ? ORDER BY a.ordinal, a.id",
				(rs, i) -> article(rs), pageId);
	}

	/** The stored articles cut back into paragraphs, for deciding their dates and districts again. */
	public static ParsedArticle parsed(Article a) {
		return new ParsedArticle(a.ordinal(), a.headline(), a.subheadline(), Arrays.asList(a.body().split("\n")), a.byline(),
				a.kind(), 0, 0);
	}

	/** Records the answer and the page's gaps afterwards. */
	public void answered(long pageId, LocalDate issueDate, String homeDistrict, String user) {
		jdbc.update("UPDATE import_page SET issue_date = COALESCE(?, issue_date), home_district = COALESCE(?, home_district), "
				+ "answered_at = ?, answered_by = ?, "
				+ "undated = (SELECT COUNT(*) FROM article a JOIN import_page_article p ON p.article_id = a.id "
				+ "WHERE p.page_id = ? AND a.date_precision = 'unknown'), "
				+ "unplaced = (SELECT COUNT(*) FROM article a JOIN import_page_article p ON p.article_id = a.id "
				+ "WHERE p.page_id = ? AND a.district_code IS NULL) WHERE id = ?",
				issueDate == null ? null : Date.valueOf(issueDate), homeDistrict, Timestamp.from(Instant.now()),
				user == null ? null : user.length() > 64 ? user.substring(0, 64) : user, pageId, pageId, pageId);
		if (issueDate != null) {
			jdbc.update("UPDATE article SET issue_date = ? WHERE id IN (SELECT article_id FROM import_page_article "
					+ "WHERE page_id = ?)", Date.valueOf(issueDate), pageId);
		}
	}

	private static ImportPage page(ResultSet rs) throws SQLException {
		Date issue = rs.getDate(8);
		Timestamp answered = rs.getTimestamp(10);
		return new ImportPage(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
				rs.getInt(7), issue == null ? null : issue.toLocalDate(), rs.getString(9),
				answered == null ? null : answered.toInstant());
	}

	private static Article article(ResultSet rs) throws SQLException {
		Date date = rs.getDate(9);
		return new Article(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
				rs.getString(7), ArticleKind.ofCode(rs.getString(8)), date == null ? null : date.toLocalDate(),
				DatePrecision.ofCode(rs.getString(10)), rs.getString(11), rs.getString(12), rs.getString(13));
	}

}
