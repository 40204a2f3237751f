package com.lcnews.trends.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.lcnews.trends.ingest.internal.ArticleStore;
import com.lcnews.trends.ingest.internal.ArticleStore.PageSource;
import com.lcnews.trends.shared.Article;
import com.lcnews.trends.testing.ContextServices;

/** Importing pages stores each article once, page by page, and reports bad files without stopping the batch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "newstrends.ingest.max-file-size=64KB")
abstract class ImportContract {

	private static final Path SEEDS = Path.of("seeds/pages");

	private static final int SEED_ARTICLES = 54;

	@Autowired
	IngestService ingest;

	@Autowired
	ArticleStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PageAnswerService answers;

	@TempDir
	Path dir;

	@Test
	void reimportingTheSamePagesCreatesNoDuplicates() {
		long before = count("SELECT COUNT(*) FROM article");
		ImportReport first = ingest.importPaths(List.of(SEEDS), PageMetadata.NONE, "cli", "tester");
		long afterFirst = count("SELECT COUNT(*) FROM article");
		ImportReport second = ingest.importPaths(List.of(SEEDS), PageMetadata.NONE, "cli", "tester");
		assertThat(first.articlesNew() + first.articlesKnown()).isEqualTo(SEED_ARTICLES);
		assertThat(first.filesFailed()).isZero();
		assertThat(second.articlesNew()).isZero();
		assertThat(second.articlesKnown()).isEqualTo(SEED_ARTICLES);
		assertThat(count("SELECT COUNT(*) FROM article") - before).isEqualTo(first.articlesNew());
		assertThat(count("SELECT COUNT(*) FROM article")).isEqualTo(afterFirst);
		Map<String, Object> run = jdbc.queryForMap("SELECT * FROM import_run WHERE id = ?", second.runId());
		assertThat(((Number) run.get("articles_known")).intValue()).isEqualTo(SEED_ARTICLES);
		assertThat(run.get("finished_at")).isNotNull();
		assertThat((String) run.get("report_json")).contains("000_b3a861340e6600c5.txt");
	}

	@Test
	void aReencodedCopyOfAPageIsRecognisedAsKnown() throws IOException {
		Path utf8 = SEEDS.resolve("003_3738e288f83da7a4.txt");
		Path gbk = dir.resolve("copy-gbk.txt");
		Files.write(gbk, Files.readString(utf8).replace("\n", "\r\n").getBytes(Charset.forName("GB18030")));
		ImportReport first = ingest.importPaths(List.of(utf8), PageMetadata.NONE, "cli", null);
		ImportReport second = ingest.importPaths(List.of(gbk), PageMetadata.NONE, "cli", null);
		assertThat(first.articlesNew() + first.articlesKnown()).isEqualTo(9);
		assertThat(second.articlesNew()).isZero();
		assertThat(second.articlesKnown()).isEqualTo(9);
	}

	@Test
	void badFilesInTheMiddleOfABatchAreReportedAndTheOthersStored() throws IOException {
		Files.copy(SEEDS.resolve("000_b3a861340e6600c5.txt"), dir.resolve("a-good.txt"));
		Files.write(dir.resolve("b-binary.txt"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
		Files.write(dir.resolve("c-empty.txt"), new byte[0]);
		Files.write(dir.resolve("d-gbk.txt"),
				Files.readString(SEEDS.resolve("004_44f3449805548687.txt")).getBytes(Charset.forName("GBK")));
		Files.writeString(dir.resolve("e-huge.txt"), "聊城".repeat(40_000), StandardCharsets.UTF_8);
		long before = count("SELECT COUNT(*) FROM article");
		ImportReport report = ingest.importPaths(List.of(dir, dir.resolve("missing.txt")), PageMetadata.NONE, "cli", null);
		assertThat(report.files()).extracting(ImportReport.FileResult::file)
			.containsExactly(full("a-good.txt"), full("b-binary.txt"), full("c-empty.txt"), full("d-gbk.txt"),
					full("e-huge.txt"), full("missing.txt"));
		assertThat(report.files()).filteredOn(ImportReport.FileResult::failed)
			.extracting(ImportReport.FileResult::error)
			.satisfiesExactly(e -> assertThat(e).contains("binary"), e -> assertThat(e).contains("empty"),
					e -> assertThat(e).contains("over the limit"), e -> assertThat(e).contains("no such file"));
		assertThat(report.articlesNew() + report.articlesKnown()).isEqualTo(12 + 5);
		assertThat(count("SELECT COUNT(*) FROM article") - before).isEqualTo(report.articlesNew());
		assertThat(count("SELECT COUNT(*) FROM import_issue WHERE severity = 'error' AND import_id = " + report.runId()))
			.isEqualTo(4);
		assertThat(report.toText()).contains("b-binary.txt: ERROR binary");
	}

	@Test
	void skippedLinesAreRecordedWithTheirReason() {
		ImportReport report = ingest.importPaths(List.of(SEEDS.resolve("001_135848705475fdba.txt")), PageMetadata.NONE,
				"cli", null);
		assertThat(report.linesSkipped()).isEqualTo(2);
		assertThat(jdbc.queryForList("SELECT reason FROM import_issue WHERE severity = 'skipped' AND import_id = ?",
				String.class, report.runId()))
			.containsOnly("section banner")
			.hasSize(2);
	}

	@Test
	void aPageIsStoredWhollyOrNotAtAll() {
		long run = store.startRun("cli", null);
		List<Article> page = ingest.extract(SEEDS.resolve("002_954b6e3d85499b76.txt"));
		Article broken = new Article(null, "x.txt", 99, "headline", null, null, null, page.get(0).kind(), null,
				page.get(0).datePrecision(), null, null, null);
		List<Article> withBroken = List.of(page.get(0), page.get(1), broken);
		assertThatThrownBy(() -> store.storePage(run, new PageSource("x.txt", null, null, null), withBroken,
				List.of("h1".repeat(32), "h2".repeat(32), "h3".repeat(32)), List.of()))
			.isInstanceOf(RuntimeException.class);
		assertThat(count("SELECT COUNT(*) FROM article WHERE source_file = 'x.txt'")).isZero();
	}

	@Test
	void uploadsAreImportedAndOversizedOnesRejected() throws IOException {
		byte[] page = Files.readAllBytes(SEEDS.resolve("004_44f3449805548687.txt"));
		byte[] huge = "聊城".repeat(40_000).getBytes(StandardCharsets.UTF_8);
		PageMetadata meta = new PageMetadata("某日报", null, java.time.LocalDate.of(2021, 6, 10), "A03");
		ImportReport report = ingest.importPages(List.of(new NamedInput("up.txt", page), new NamedInput("huge.txt", huge)),
				meta, "editor");
		assertThat(report.articlesNew() + report.articlesKnown()).isEqualTo(5);
		assertThat(report.files().get(1).error()).contains("over the limit");
		assertThat(jdbc.queryForObject("SELECT origin FROM import_run WHERE id = ?", String.class, report.runId()))
			.isEqualTo("dashboard");
	}

	@Test
	void theImportCommandPrintsTheReportAndExitsOneWhenAFileWasRejected() throws IOException {
		Files.copy(SEEDS.resolve("003_3738e288f83da7a4.txt"), dir.resolve("page.txt"));
		Files.write(dir.resolve("empty.txt"), new byte[0]);
		java.io.StringWriter out = new java.io.StringWriter();
		java.io.StringWriter err = new java.io.StringWriter();
		ImportCommand importCommand = new ContextServices(context).give(new ImportCommand());
		importCommand.out = new java.io.PrintWriter(out, true);
		importCommand.err = new java.io.PrintWriter(err, true);
		int exit = new picocli.CommandLine(importCommand).execute(dir.toString());
		assertThat(exit).isEqualTo(1);
		assertThat(out.toString()).contains("2 files (1 failed)").contains("empty.txt: ERROR empty file")
			.contains("page.txt: ");
		assertThat(err.toString()).contains("2/2 files");
	}

	@Test
	void aPageWithoutAYearIsReportedAndItsIssueDateGivenInOneStepRedatesItsArticlesAndTheirCounts() {
		String page = "冠县清泉街道开展防溺水教育\n\n本报冠县3月5日讯 近日，冠县清泉街道组织开展防溺水安全教育。\n\n"
				+ "冠县万善乡推进春耕生产\n\n本报冠县3月4日讯 连日来，冠县万善乡组织农机开展春耕。\n\n"
				+ "冠县烟庄街道开展义诊活动\n\n本报冠县3月3日讯 当天，烟庄街道组织医生为群众义诊。\n";
		ImportReport report = ingest.importPages(List.of(new NamedInput("guan-page.txt", page.getBytes(StandardCharsets.UTF_8))),
				PageMetadata.NONE, "admin");
		ImportReport.FileResult file = report.files().get(0);
		assertThat(file.undated()).isEqualTo(3);
		assertThat(file.pageId()).isPositive();
		assertThat(answers.pagesWithGaps(50)).extracting(ImportPage::id).contains(file.pageId());
		classifyEverything("contract-v1");
		PageAnswer answer = answers.answer(file.pageId(), java.time.LocalDate.of(2023, 3, 6), null, "admin");
		assertThat(answer.redated()).isEqualTo(3);
		assertThat(answer.page().undated()).isZero();
		assertThat(jdbc.queryForList("SELECT article_date FROM article a JOIN import_page_article p ON p.article_id = a.id "
				+ "WHERE p.page_id = ? ORDER BY a.ordinal", java.sql.Date.class, file.pageId()))
			.extracting(java.sql.Date::toLocalDate)
			.containsExactly(java.time.LocalDate.of(2023, 3, 5), java.time.LocalDate.of(2023, 3, 4),
					java.time.LocalDate.of(2023, 3, 3));
		assertThat(rollupRows("contract-v1")).isEqualTo(recount("contract-v1"));
		assertThat(answers.pagesWithGaps(50)).extracting(ImportPage::id).doesNotContain(file.pageId());
	}

	@Test
	void anImportKilledMidwayIsMarkedFailedAtTheNextStart() {
		long run = store.startRun("cli", "killed");
		assertThat(jdbc.queryForObject("SELECT status FROM import_run WHERE id = ?", String.class, run)).isEqualTo("running");
		assertThat(store.failUnfinishedRuns()).isPositive();
		Map<String, Object> row = jdbc.queryForMap("SELECT status, failure, finished_at FROM import_run WHERE id = ?", run);
		assertThat(row.get("status")).isEqualTo("failed");
		assertThat((String) row.get("failure")).contains("stopped before it finished");
	}

	@Test
	void aSidecarContradictingThePageIsReportedAndThePagesOwnDateIsUsed() throws IOException {
		Path page = dir.resolve("2022-11-18.txt");
		Files.writeString(page, "某镇开展活动\n\n本报讯 11月17日，某镇开展活动。\n", StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("2022-11-18.meta.properties"), "issue_date=2019-05-01\n", StandardCharsets.UTF_8);
		ImportReport report = ingest.importPaths(List.of(page), PageMetadata.NONE, "cli", null);
		assertThat(report.files().get(0).warnings()).singleElement().asString().contains("2019-05-01").contains("contradicts");
		assertThat(report.toText()).contains(page.toAbsolutePath().toString()).contains("WARNING");
		assertThat(count("SELECT COUNT(*) FROM import_issue WHERE severity = 'warning' AND import_id = " + report.runId()))
			.isEqualTo(1);
	}

	/** Stands in for the classification job: one prediction per unclassified article and rollups counted from them. */
	private void classifyEverything(String version) {
		jdbc.update("INSERT INTO classification (article_id, model_version, topic, confidence, scores_json, classified_at) "
				+ "SELECT id, ?, 'education', 0.9, '{}', CURRENT_TIMESTAMP FROM article a WHERE NOT EXISTS "
				+ "(SELECT 1 FROM classification c WHERE c.article_id = a.id AND c.model_version = ?)", version, version);
		jdbc.update("DELETE FROM topic_rollup WHERE model_version = ?", version);
		jdbc.update("INSERT INTO topic_rollup (model_version, date_precision, bucket_start, district_code, topic, "
				+ "article_count, labelled_count, low_confidence) " + RECOUNT, version);
	}

	private static final String RECOUNT = "SELECT c.model_version AS v, CASE WHEN a.article_date IS NULL THEN 'unknown' "
			+ "ELSE a.date_precision END AS p, COALESCE(a.article_date, DATE '1900-01-01') AS b, "
			+ "COALESCE(a.district_code, '?') AS d, c.topic AS t, COUNT(*) AS n, 0 AS lab, 0 AS low FROM classification c JOIN article a ON a.id = c.article_id WHERE c.model_version = ? "
			+ "GROUP BY c.model_version, CASE WHEN a.article_date IS NULL THEN 'unknown' ELSE a.date_precision END, "
			+ "COALESCE(a.article_date, DATE '1900-01-01'), COALESCE(a.district_code, '?'), c.topic";

	private List<String> rollupRows(String version) {
		return jdbc.query("SELECT date_precision, bucket_start, district_code, topic, article_count FROM topic_rollup "
				+ "WHERE model_version = ? AND article_count > 0 ORDER BY date_precision, bucket_start, district_code, topic", (rs, i) -> rs.getString(1) + "|"
						+ rs.getDate(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|" + rs.getLong(5), version);
	}

	private List<String> recount(String version) {
		return jdbc.query("SELECT * FROM (" + RECOUNT + ") x ORDER BY p, b, d, t", (rs, i) -> rs.getString(2) + "|"
				+ rs.getDate(3) + "|" + rs.getString(4) + "|" + rs.getString(5) + "|" + rs.getLong(6), version);
	}

	private String full(String name) {
		return dir.resolve(name).toAbsolutePath().normalize().toString();
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	@Test
	void theDropFolderImportsAFileOnceItStopsGrowingAndMovesItWithItsSidecar() throws IOException {
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		Path page = inbox.resolve("A01.txt");
		Files.writeString(page, "东昌府区举办校园安全教育活动\n\n本报讯 为提高学生安全意识，东昌府区各学校开展安全教育周活动，编号 "
				+ java.util.UUID.randomUUID() + "。\n", StandardCharsets.UTF_8);
		Files.writeString(PageMetadata.sidecarOf(page), "publication=聊城日报\n", StandardCharsets.UTF_8);
		Files.write(inbox.resolve("B02.txt"), "第一段".getBytes(StandardCharsets.UTF_8));
		InboxWatcher watcher = new InboxWatcher(inbox, ingest);
		long runs = count("SELECT COUNT(*) FROM import_run WHERE origin = 'inbox'");

		assertThat(watcher.poll()).as("first look: sizes noted, nothing imported yet").isZero();
		Files.write(inbox.resolve("B02.txt"), "第一段\n第二段，还在写".getBytes(StandardCharsets.UTF_8),
				java.nio.file.StandardOpenOption.APPEND);
		assertThat(watcher.poll()).as("second look: the page that stopped growing").isEqualTo(1);

		Path done = inbox.resolve("done").resolve(java.time.LocalDate.now().toString());
		assertThat(done.resolve("A01.txt")).isRegularFile();
		assertThat(PageMetadata.sidecarOf(done.resolve("A01.txt"))).isRegularFile();
		assertThat(page).doesNotExist();
		assertThat(inbox.resolve("B02.txt")).as("still growing at the second look").isRegularFile();
		assertThat(count("SELECT COUNT(*) FROM import_run WHERE origin = 'inbox'")).isEqualTo(runs + 1);
		assertThat(jdbc.queryForList("SELECT DISTINCT publication FROM article WHERE source_file = 'A01.txt'",
				String.class)).containsExactly("聊城日报");
	}

	@Test
	void aBadFileInTheDropFolderGoesToFailedWithTheReasonAndAFileSeenAgainIsNotStoredTwice() throws IOException {
		Path inbox = Files.createDirectories(dir.resolve("inbox2"));
		Files.write(inbox.resolve("broken.txt"), new byte[] { 0, 1, 2, 3, 0, 0, 7 });
		Files.copy(SEEDS.resolve("004_44f3449805548687.txt"), inbox.resolve("again.txt"));
		ingest.importPaths(List.of(inbox.resolve("again.txt")), PageMetadata.NONE, "cli", "tester");
		long articles = count("SELECT COUNT(*) FROM article");
		InboxWatcher watcher = new InboxWatcher(inbox, ingest);

		watcher.poll();
		assertThat(watcher.poll()).isEqualTo(2);

		Path failed = inbox.resolve("failed").resolve(java.time.LocalDate.now().toString());
		assertThat(failed.resolve("broken.txt")).isRegularFile();
		assertThat(Files.readString(failed.resolve("broken.txt.reason.txt"))).isNotBlank();
		assertThat(inbox.resolve("done").resolve(java.time.LocalDate.now().toString()).resolve("again.txt")).isRegularFile();
		assertThat(count("SELECT COUNT(*) FROM article")).isEqualTo(articles);
	}

}
