package com.lcnews.trends.ingest.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

import com.lcnews.trends.shared.Article;

/**
 * JDBC writes of imports: runs, issues and articles. A page is stored in one transaction: all of its new articles
 * and skipped lines, or nothing. An article whose content hash is already stored is counted as known, not stored.
 */
public final class ArticleStore {

	/**
	 * Where a page came from, stored with each article.
	 *
	 * @param path the full path as given, or null for an upload
	 */
	public record PageSource(String file, String publication, LocalDate issueDate, String pageNo, String path,
			String homeDistrict) {

		public PageSource(String file, String publication, LocalDate issueDate, String pageNo) {
			this(file, publication, issueDate, pageNo, null, null);
		}

	}

	/**
	 * Articles stored and already known for one page, and how many of the page's articles (as stored) lack a date or
	 * a district.
	 */
	public record Stored(int articlesNew, int articlesKnown, long pageId, int undated, int unplaced) {

		public Stored(int articlesNew, int articlesKnown) {
			this(articlesNew, articlesKnown, 0, 0, 0);
		}

	}

	private static final String INSERT_ARTICLE = "INSERT INTO article (import_id, source_file, ordinal, headline, subheadline, body, "
			+ "byline, kind, content_hash, article_date, date_precision, date_evidence, district_code, district_evidence, "
			+ "publication, issue_date, page_no, created_at) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
			+ "WHERE NOT EXISTS (SELECT 1 FROM article WHERE content_hash = ?)";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	public ArticleStore(JdbcTemplate jdbc, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.tx = tx;
	}

	/** Opens an import run and returns its id. */
	public long startRun(String origin, String user) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.update(con -> {
			PreparedStatement ps = con.prepareStatement(
					"INSERT INTO import_run (started_at, origin, started_by) VALUES (?, ?, ?)", new String[] { "id" });
			ps.setTimestamp(1, Timestamp.from(Instant.now()));
			ps.setString(2, cut(origin, 32));
			ps.setString(3, cut(user, 64));
			return ps;
		}, keys);
		return Objects.requireNonNull(keys.getKey(), "no id generated for import_run").longValue();
	}

	/** Stores one page's articles, its page row and its skipped lines in one transaction. */
	public Stored storePage(long runId, PageSource source, List<Article> articles, List<String> hashes,
			List<SkippedLine> skipped) {
		return tx.execute(status -> {
			int stored = 0;
			Timestamp now = Timestamp.from(Instant.now());
			for (int i = 0; i < articles.size(); i++) {
				stored += insert(runId, source, articles.get(i), hashes.get(i), now);
			}
			for (SkippedLine s : skipped) {
				issue(runId, source.path() != null ? source.path() : source.file(), s.lineNo(), "skipped", s.reason(), s.text());
			}
			long pageId = insertPage(runId, source, articles.size());
			int[] gaps = { 0, 0 };
			for (String hash : hashes) {
				jdbc.query("SELECT id, date_precision, district_code FROM article WHERE content_hash = ?", rs -> {
					jdbc.update("INSERT INTO import_page_article (page_id, article_id) SELECT ?, ? WHERE NOT EXISTS "
							+ "(SELECT 1 FROM import_page_article WHERE page_id = ? AND article_id = ?)", pageId,
							rs.getLong(1), pageId, rs.getLong(1));
					gaps[0] += "unknown".equals(rs.getString(2)) ? 1 : 0;
					gaps[1] += rs.getString(3) == null ? 1 : 0;
				}, hash);
			}
			jdbc.update("UPDATE import_page SET undated = ?, unplaced = ? WHERE id = ?", gaps[0], gaps[1], pageId);
			return new Stored(stored, articles.size() - stored, pageId, gaps[0], gaps[1]);
		});
	}

	private long insertPage(long runId, PageSource source, int articles) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.update(con -> {
			PreparedStatement ps = con.prepareStatement("INSERT INTO import_page (import_id, source_file, source_path, "
					+ "articles, undated, unplaced, issue_date, home_district) VALUES (?, ?, ?, ?, 0, 0, ?, ?)",
					new String[] { "id" });
			ps.setLong(1, runId);
			ps.setString(2, cut(source.file(), 1024));
			ps.setString(3, cut(source.path(), 1024));
			ps.setInt(4, articles);
			ps.setDate(5, source.issueDate() == null ? null : Date.valueOf(source.issueDate()));
			ps.setString(6, source.homeDistrict());
			return ps;
		}, keys);
		return Objects.requireNonNull(keys.getKey(), "no id generated for import_page").longValue();
	}

	private int insert(long runId, PageSource source, Article a, String hash, Timestamp now) {
		return jdbc.update(INSERT_ARTICLE, runId, cut(source.file(), 1024), a.ordinal(), cut(a.headline(), 1000),
				cut(a.subheadline(), 1000), a.body(), cut(a.byline(), 1000), a.kind().code(), hash,
				a.date() == null ? null : Date.valueOf(a.date()), a.datePrecision().code(), cut(a.dateEvidence(), 512),
				a.districtCode(), cut(a.districtEvidence(), 512), cut(source.publication(), 128),
				source.issueDate() == null ? null : Date.valueOf(source.issueDate()), cut(source.pageNo(), 16), now, hash);
	}

	/** Records a rejected file. */
	public void recordError(long runId, String file, String reason) {
		issue(runId, file, null, "error", reason, null);
	}

	/** Records a problem with a file that was imported all the same (e.g. metadata contradicting the page). */
	public void recordWarning(long runId, String file, String reason) {
		issue(runId, file, null, "warning", reason, null);
	}

	/**
	 * Marks the runs still 'running' as failed: the process that ran them ended midway (each page was stored
	 * wholly or not at all, so what they stored stays). Called once at start.
	 * @return how many runs were marked
	 */
	public int failUnfinishedRuns() {
		return jdbc.update("UPDATE import_run SET status = 'failed', finished_at = ?, failure = ? WHERE status = 'running'",
				Timestamp.from(Instant.now()), "the import stopped before it finished (the process ended); "
						+ "pages stored before that are kept");
	}

	private void issue(long runId, String file, Integer line, String severity, String reason, String excerpt) {
		jdbc.update("INSERT INTO import_issue (import_id, source_file, line_no, severity, reason, excerpt) VALUES (?, ?, ?, ?, ?, ?)",
				runId, cut(file, 1024), line, severity, cut(reason, 512), cut(excerpt, 512));
	}

	/** Closes a run with its totals and the report as JSON. */
	public void finishRun(long runId, int files, int failed, int articlesNew, int articlesKnown, int skipped,
			String reportJson) {
		jdbc.update("UPDATE import_run SET status = 'finished', finished_at = ?, files_total = ?, files_failed = ?, "
				+ "articles_new = ?, articles_known = ?, lines_skipped = ?, report_json = ? WHERE id = ?", Timestamp.from(Instant.now()), files,
				failed, articlesNew, articlesKnown, skipped, reportJson, runId);
	}

	private static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
