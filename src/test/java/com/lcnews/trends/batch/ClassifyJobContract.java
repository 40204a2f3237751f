package com.lcnews.trends.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.jdbc.JdbcTestUtils;

import com.lcnews.trends.shared.RunLock;
import com.lcnews.trends.shared.DatePrecision;
import com.lcnews.trends.shared.Topic;
import com.lcnews.trends.testing.ArticleFixtures;
import com.lcnews.trends.testing.ContextServices;
import com.lcnews.trends.testing.HashingEncoder;
import com.lcnews.trends.testing.KeywordTopicClassifier;
import com.lcnews.trends.testing.VectorKeywordClassifier;

import picocli.CommandLine;

/** The classification job against a real store; run for H2 and PostgreSQL by the subclasses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "newstrends.batch.chunk-size=4")
@Import(BatchTestSupport.class)
abstract class ClassifyJobContract {

	private static final String[] TEXTS = { "学校教育学生", "疫情防控核酸检测", "企业市场消费经济", "消防安全应急演练",
			"生态环境绿色农业", "文明志愿服务", "今天天气晴", "疫苗接种点" };

	private static final String[] DISTRICTS = { "371502", "371521", "3715", "-", null };

	@Autowired
	BatchRunService service;

	@Autowired
	LabelCorrectionService labels;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	BatchTestSupport.SwitchableClassifier classifier;

	@Autowired
	ApplicationContext context;

	@Autowired
	BatchTestSupport.FailAtChunk failAtChunk;

	@Autowired
	BatchTestSupport.ChunkGate gate;

	final List<Long> ids = new ArrayList<>();

	long emptyBody;

	long failing;

	long labelled;

	@BeforeEach
	void freshStore() {
		JdbcTestUtils.deleteFromTables(jdbc, "classification_skip", "classification", "topic_rollup",
				"topic_rollup_month", "label", "article_copy", "article_vector", "article", "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
				"BATCH_JOB_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE");
		classifier.use(new KeywordTopicClassifier("kw-1"));
		failAtChunk.disarm();
		ArticleFixtures fixtures = new ArticleFixtures(jdbc);
		DatePrecision[] precisions = DatePrecision.values();
		for (int i = 0; i < 30; i++) {
			LocalDate date = LocalDate.of(2021, 1 + i % 12, 1 + i % 28);
			ids.add(fixtures.article("标题" + i, TEXTS[i % TEXTS.length], date, precisions[i % precisions.length],
					DISTRICTS[i % DISTRICTS.length]));
		}
		emptyBody = fixtures.article("空", "  ", LocalDate.of(2021, 3, 3), DatePrecision.DAY, "371502");
		failing = fixtures.article("坏", "学校 " + KeywordTopicClassifier.FAIL_MARKER, null, DatePrecision.UNKNOWN, null);
		labelled = ids.get(0);
		fixtures.label(labelled, "economy", Instant.parse("2026-01-01T00:00:00Z"), "seed");
		fixtures.label(labelled, "safety", Instant.parse("2026-02-01T00:00:00Z"), "dashboard");
	}

	@Test
	void aModelThatReadsVectorsGetsTheStoredOnesAndAReprintIsCountedOnce() {
		ArticleFixtures fixtures = new ArticleFixtures(jdbc);
		long original = fixtures.article("东阿县开展安全生产大检查", "东阿县应急管理局组织安全生产大检查，企业消防通道、燃气管道逐一排查，发现隐患立即整改。",
				LocalDate.of(2021, 6, 1), DatePrecision.DAY, "371524");
		long reprint = fixtures.article("东阿县开展安全生产大检查", "东阿县应急管理局组织安全生产大检查，企业消防通道、燃气管道逐一排查，发现隐患立即整改。（转载）",
				LocalDate.of(2021, 6, 2), DatePrecision.DAY, "371524");
		classifier.use(new VectorKeywordClassifier("vk-1"));

		BatchProgress result = service.run(ClassifyMode.MISSING, "tester");

		assertThat(result.state()).isEqualTo(BatchProgress.State.COMPLETED);
		long articles = jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article_vector WHERE encoder = ?", Long.class,
				HashingEncoder.SPEC.id())).as("every article embedded once, before classification").isEqualTo(articles);
		assertThat(jdbc.queryForList("SELECT reason FROM classification_skip WHERE model_version = 'vk-1'", String.class))
			.as("the model refuses texts without a vector, so no skip but the two bad articles")
			.hasSize(2)
			.noneMatch(r -> r.contains("stored vectors only"));
		assertThat(jdbc.queryForObject("SELECT original_id FROM article_copy WHERE article_id = ?", Long.class, reprint))
			.isEqualTo(original);
		long copies = jdbc.queryForObject("SELECT COUNT(*) FROM article_copy", Long.class);
		long classified = jdbc.queryForObject("SELECT COUNT(*) FROM classification WHERE model_version = 'vk-1'", Long.class);
		assertThat(jdbc.queryForObject("SELECT SUM(article_count) FROM topic_rollup WHERE model_version = 'vk-1'",
				Long.class)).as("copies are classified but counted once").isEqualTo(classified - copies);
		assertThat(rollupRows("topic_rollup_month", "vk-1")).isEqualTo(monthSums(rollupRows("topic_rollup", "vk-1")));
	}

	@Test
	void classifiesEveryArticleOnceAndCountsItWhereItBelongs() {
		BatchProgress result = service.run(ClassifyMode.MISSING, "tester");

		assertThat(result.state()).isEqualTo(BatchProgress.State.COMPLETED);
		assertThat(result.done()).isEqualTo(32);
		assertThat(result.total()).isEqualTo(32);
		assertThat(classifiedIds("kw-1")).containsExactlyInAnyOrderElementsOf(ids);
		assertThat(rollupRows("topic_rollup", "kw-1")).isEqualTo(recountFromArticles("kw-1"));
		assertThat(rollupRows("topic_rollup_month", "kw-1")).isEqualTo(monthSums(rollupRows("topic_rollup", "kw-1")));
		assertThat(jdbc.queryForObject("SELECT SUM(article_count) FROM topic_rollup WHERE model_version = 'kw-1'",
				Long.class)).isEqualTo(30);
	}

	@Test
	void countsLabelledArticleUnderItsNewestLabelAndKeepsThePrediction() {
		service.run(ClassifyMode.MISSING, "tester");

		assertThat(jdbc.queryForObject("SELECT topic FROM classification WHERE article_id = ?", String.class, labelled))
			.isEqualTo("education");
		assertThat(jdbc.queryForObject("SELECT SUM(labelled_count) FROM topic_rollup WHERE topic = 'safety'",
				Long.class)).isEqualTo(1);
	}

	@Test
	void recordsSkippedArticlesWithTheirReasonAndGoesOn() {
		service.run(ClassifyMode.MISSING, "tester");

		Map<Long, String> skips = new TreeMap<>();
		jdbc.query("SELECT article_id, reason FROM classification_skip WHERE model_version = 'kw-1'",
				rs -> {
					skips.put(rs.getLong(1), rs.getString(2));
				});
		assertThat(skips).containsOnlyKeys(emptyBody, failing);
		assertThat(skips.get(emptyBody)).isEqualTo("empty body");
		assertThat(skips.get(failing)).contains("classifier failed").contains("refuses this text");
	}

	@Test
	void secondRunInMissingModeFindsNothingToDoAndChangesNoCount() {
		service.run(ClassifyMode.MISSING, "tester");
		List<String> before = rollupRows("topic_rollup", "kw-1");

		BatchProgress again = service.run(ClassifyMode.MISSING, "tester");

		assertThat(again.total()).isEqualTo(2);
		assertThat(rollupRows("topic_rollup", "kw-1")).isEqualTo(before);
	}

	@Test
	void rerunOfAllArticlesWithTheSameModelChangesNoCount() {
		service.run(ClassifyMode.MISSING, "tester");
		List<String> before = rollupRows("topic_rollup", "kw-1");

		BatchProgress again = service.run(ClassifyMode.ALL, "tester");

		assertThat(again.done()).isEqualTo(32);
		assertThat(rollupRows("topic_rollup", "kw-1")).isEqualTo(before);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM classification", Long.class)).isEqualTo(30);
	}

	@Test
	void runFailedInTheMiddleRestartsWhereItStoppedWithTheResultOfAnUninterruptedRun() {
		failAtChunk.arm(3);
		BatchProgress failed = service.run(ClassifyMode.MISSING, "tester");
		assertThat(failed.state()).isEqualTo(BatchProgress.State.FAILED);
		assertThat(failed.message()).contains("simulated crash in chunk 3");
		assertThat(classifiedIds("kw-1")).hasSize(8);
		failAtChunk.disarm();

		BatchProgress restarted = service.run(ClassifyMode.MISSING, "tester");

		assertThat(restarted.state()).isEqualTo(BatchProgress.State.COMPLETED);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Long.class)).isEqualTo(1);
		assertUninterruptedResult();
	}

	@Test
	void runLeftRunningByAKilledProcessIsMarkedFailedAndRestarted() {
		failAtChunk.arm(2);
		service.run(ClassifyMode.ALL, "tester");
		failAtChunk.disarm();
		// What kill -9 leaves behind: executions still recorded as running, without an end time.
		jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL");
		jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL");

		BatchProgress restarted = service.run(ClassifyMode.ALL, "tester");

		assertThat(restarted.state()).isEqualTo(BatchProgress.State.COMPLETED);
		assertThat(restarted.done()).isEqualTo(32);
		assertThat(jdbc.queryForList("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID", String.class))
			.containsExactly("FAILED", "COMPLETED");
		assertUninterruptedResult();
	}

	@Test
	void secondStartIsRefusedWhileARunIsInProgress() throws InterruptedException {
		gate.arm();
		service.start(ClassifyMode.MISSING, "first");
		gate.awaitEntered();
		try {
			assertThat(service.isRunning()).isTrue();
			assertThat(service.progress()).satisfies(p -> {
				assertThat(p.state()).isEqualTo(BatchProgress.State.RUNNING);
				assertThat(p.total()).isEqualTo(32);
				assertThat(p.done()).isZero();
				assertThat(p.startedBy()).isEqualTo("first");
			});
			assertThatThrownBy(() -> service.start(ClassifyMode.ALL, "second")).isInstanceOf(RunRefusedException.class)
				.hasMessageContaining("already in progress")
				.hasMessageContaining("started by first");
		}
		finally {
			gate.open();
		}
		awaitIdle();
		assertThat(service.progress().state()).isEqualTo(BatchProgress.State.COMPLETED);
		assertThat(service.progress().startedBy()).isEqualTo("first");
	}

	@Test
	void startIsRefusedWhileAnotherProcessHoldsTheRunLock() {
		try (RunLock other = RunLock.tryAcquire(dataSource, "classify").orElseThrow()) {
			assertThatThrownBy(() -> service.run(ClassifyMode.MISSING, "tester")).isInstanceOf(RunRefusedException.class)
				.hasMessageContaining("already in progress");
			assertThat(service.isRunning()).isFalse();
		}
		assertThat(service.run(ClassifyMode.MISSING, "tester").state()).isEqualTo(BatchProgress.State.COMPLETED);
	}

	@Test
	void labelCorrectionMovesTheCountToTheLabelledTopicInEveryModelVersion() {
		service.run(ClassifyMode.MISSING, "tester");
		classifier.use(new KeywordTopicClassifier("kw-2", 0.5));
		service.run(ClassifyMode.ALL, "tester");
		long article = ids.get(1);

		labels.correct(article, new Topic("notice"), "editor");

		for (String version : List.of("kw-1", "kw-2")) {
			assertThat(rollupRows("topic_rollup", version)).isEqualTo(recountFromArticles(version));
			assertThat(rollupRows("topic_rollup_month", version)).isEqualTo(monthSums(rollupRows("topic_rollup", version)));
		}
		assertThat(jdbc.queryForObject("SELECT SUM(article_count) FROM topic_rollup WHERE topic = 'notice' "
				+ "AND model_version = 'kw-2'", Long.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM label WHERE article_id = ? AND origin = 'dashboard' "
				+ "AND labelled_by = 'editor'", Long.class, article)).isEqualTo(1);
	}

	@Test
	void classifyCommandPrintsTheOutcomeAsJsonAndExitsZero() {
		PrintStream stdout = System.out;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			exit = new CommandLine(new ContextServices(context).give(new ClassifyCommand())).execute("--all");
		}
		finally {
			System.setOut(stdout);
		}

		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"state\":\"completed\",\"mode\":\"all\","
				+ "\"modelVersion\":\"kw-1\",\"done\":32,\"total\":32,");
	}

	@Test
	void classifyCommandFailsWithExitCodeOneWhileAnotherRunHoldsTheLock() {
		try (RunLock other = RunLock.tryAcquire(dataSource, "classify").orElseThrow()) {
			assertThat(new CommandLine(new ContextServices(context).give(new ClassifyCommand())).execute()).isEqualTo(1);
		}
	}

	@Test
	void labelCorrectionOfAnUnknownArticleIsRejected() {
		assertThatThrownBy(() -> labels.correct(-5, new Topic("notice"), "editor"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("No article with id -5");
	}

	@Test
	void newModelCountsInItsOwnVersionAndAbstainsUnderItsThreshold() {
		service.run(ClassifyMode.MISSING, "tester");
		List<String> kw1 = rollupRows("topic_rollup", "kw-1");
		classifier.use(new KeywordTopicClassifier("kw-2", 0.5));

		service.run(ClassifyMode.ALL, "tester");

		assertThat(rollupRows("topic_rollup", "kw-1")).isEqualTo(kw1);
		assertThat(rollupRows("topic_rollup", "kw-2")).isEqualTo(recountFromArticles("kw-2"));
		assertThat(jdbc.queryForObject("SELECT SUM(article_count) FROM topic_rollup WHERE model_version = 'kw-2' "
				+ "AND topic = '_unclassified'", Long.class)).isPositive();
	}

	@Test
	void articlesTheModelAbstainedOnShowInTheLowConfidenceCount() {
		// An abstain threshold of 0.5 over 11 topics: most short fixture texts stay under it and are stored unclassified.
		classifier.use(new KeywordTopicClassifier("kw-2", 0.5));
		service.run(ClassifyMode.MISSING, "tester");

		long abstained = jdbc.queryForObject("SELECT COUNT(*) FROM classification c WHERE model_version = 'kw-2' "
				+ "AND topic IS NULL AND NOT EXISTS (SELECT 1 FROM label l WHERE l.article_id = c.article_id)", Long.class);
		assertThat(abstained).isPositive();
		for (String table : List.of("topic_rollup", "topic_rollup_month")) {
			assertThat(jdbc.queryForObject("SELECT SUM(low_confidence) FROM " + table + " WHERE model_version = 'kw-2' "
					+ "AND topic = '_unclassified'", Long.class)).as(table).isEqualTo(abstained);
		}
		assertThat(rollupRows("topic_rollup", "kw-2")).isEqualTo(recountFromArticles("kw-2"));
	}

	private void assertUninterruptedResult() {
		assertThat(classifiedIds("kw-1")).containsExactlyInAnyOrderElementsOf(ids);
		KeywordTopicClassifier reference = new KeywordTopicClassifier("kw-1");
		jdbc.query("SELECT c.topic, a.headline, a.body FROM classification c JOIN article a ON a.id = c.article_id",
				rs -> {
					String expected = reference.classify(rs.getString(2) + "\n\n" + rs.getString(3))
						.topic()
						.map(Topic::code)
						.orElse(null);
					assertThat(rs.getString(1)).isEqualTo(expected);
				});
		assertThat(rollupRows("topic_rollup", "kw-1")).isEqualTo(recountFromArticles("kw-1"));
		assertThat(rollupRows("topic_rollup_month", "kw-1")).isEqualTo(monthSums(rollupRows("topic_rollup", "kw-1")));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM classification_skip", Long.class)).isEqualTo(2);
	}

	private void awaitIdle() throws InterruptedException {
		for (int i = 0; i < 300 && service.isRunning(); i++) {
			Thread.sleep(100);
		}
	}

	private List<Long> classifiedIds(String version) {
		return jdbc.queryForList("SELECT article_id FROM classification WHERE model_version = ?", Long.class, version);
	}

	List<String> rollupRows(String table, String version) {
		return RollupRecount.rows(jdbc, table, version);
	}

	List<String> recountFromArticles(String version) {
		return RollupRecount.fromArticles(jdbc, version);
	}

	List<String> monthSums(List<String> dailyRows) {
		return RollupRecount.monthSums(dailyRows);
	}

}
