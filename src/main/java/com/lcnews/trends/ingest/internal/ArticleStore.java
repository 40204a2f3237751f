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

	/** Where a page came from, stored with each article. */
	public record PageSource(String file, String publication, LocalDate issueDate, String pageNo) {
	}

	/** Articles stored and already known for one page. */
	public record Stored(int articlesNew, int articlesKnown) {
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

	/** Stores one page's articles and skipped lines in one transaction. */
	public Stored storePage(long runId, PageSource source, List<Article> articles, List<String> hashes,
			List<SkippedLine> skipped) {
		return tx.execute(status -> {
			int stored = 0;
			Timestamp now = Timestamp.from(Instant.now());
			for (int i = 0; i < articles.size(); i++) {
				stored += insert(runId, source, articles.get(i), hashes.get(i), now);
			}
			for (SkippedLine s : skipped) {
				issue(runId, source.file(), s.lineNo(), "skipped", s.reason(), s.text());
			}
			return new Stored(stored, articles.size() - stored);
		});
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

	private void issue(long runId, String file, Integer line, String severity, String reason, String excerpt) {
		jdbc.update("INSERT INTO import_issue (import_id, source_file, line_no, severity, reason, excerpt) VALUES (?, ?, ?, ?, ?, ?)",
				runId, cut(file, 1024), line, severity, cut(reason, 512), cut(excerpt, 512));
	}

	/** Closes a run with its totals and the report as JSON. */
	public void finishRun(long runId, int files, int failed, int articlesNew, int articlesKnown, int skipped,
			String reportJson) {
		jdbc.update("UPDATE import_run SET finished_at = ?, files_total = ?, files_failed = ?, articles_new = ?, "
				+ "articles_known = ?, lines_skipped = ?, report_json = ? WHERE id = ?", Timestamp.from(Instant.now()), files,
				failed, articlesNew, articlesKnown, skipped, reportJson, runId);
	}

	private static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
