package com.lcnews.trends.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The job against the application itself: a store made by the application's own {@code import} of the seed pages,
 * plus generated articles and labels ({@link ArchiveFixture}), is copied before anything is classified; the
 * application's {@code classify} command classifies one copy (the reference), the job the others, and every
 * classification, skip and rollup row must be equal, article for article.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkJobIT {

	private static final int GENERATED = Integer.getInteger("newstrends.it.generated", 2000);

	private static final Path SEEDS = Path.of(System.getProperty("newstrends.seeds", "../seeds"));

	private Path dir;

	private Processes processes;

	private Path reference;

	private Path direct;

	private Path viaParquet;

	private SparkSession spark;

	private String modelVersion;

	@BeforeAll
	void classifyTheReferenceWithTheApplication() throws Exception {
		dir = Files.createTempDirectory("spark-job-it");
		Files.createDirectories(dir.resolve("user"));
		processes = new Processes(dir);
		reference = dir.resolve("reference");
		Processes.Result imported = processes.app(reference, "import", SEEDS.resolve("pages").toAbsolutePath().toString());
		assertThat(imported.exit()).as(imported.err()).isZero();
		try (Connection c = tables(reference).connect()) {
			int labels = new ArchiveFixture(SEEDS).addTo(c, GENERATED, 42);
			assertThat(labels).isPositive();
		}
		direct = copyStore(reference, "direct");
		viaParquet = copyStore(reference, "parquet");
		Processes.Result classified = processes.app(reference, "classify");
		assertThat(classified.exit()).as(classified.err()).isZero();
		assertThat(classified.out()).contains("\"state\":\"completed\"");
		modelVersion = field(classified.out(), "modelVersion");
		spark = SparkSession.builder()
			.master("local[2]")
			.appName("spark-job-it")
			.config("spark.ui.enabled", "false")
			.config("spark.sql.shuffle.partitions", "4")
			.getOrCreate();
	}

	@AfterAll
	void cleanUp() throws IOException {
		if (spark != null) {
			spark.stop();
		}
		if (dir != null) {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	@Test
	@Order(1)
	void theReferenceCoversEveryCaseTheCountsDistinguish() throws SQLException {
		StoreTables ref = tables(reference);
		long articles = ref.count("SELECT COUNT(*) FROM article");
		assertThat(articles).isEqualTo(54 + GENERATED);
		assertThat(ref.classifications().size() + ref.skips().size()).isEqualTo(articles);
		assertThat(ref.skips()).isNotEmpty().allMatch(s -> s.endsWith("|empty body"));
		assertThat(ref.count("SELECT COUNT(*) FROM article_copy")).as("the recorded copies, and no other reprint found")
			.isEqualTo(ArchiveFixture.copies(GENERATED));
		assertThat(ref.vectors()).as("the application's embedding step").hasSize((int) articles);
		List<String> rollups = ref.rollups("topic_rollup");
		assertThat(rollups).anyMatch(r -> r.contains("|month|")).anyMatch(r -> r.contains("|year|"))
			.anyMatch(r -> r.contains("|unknown|1900-01-01|")).anyMatch(r -> r.contains("|?|"))
			.anyMatch(r -> !r.endsWith("|0|0") && !r.split("\\|")[6].equals("0"));
	}

	@Test
	@Order(2)
	void theJobThroughSparkSubmitStoresWhatTheApplicationStores_evenWhenATaskIsRunAgain() throws Exception {
		// --all: the task that runs again reads its whole partition again and writes over its own committed chunks
		Processes.Result run = processes.sparkSubmit("local[2,2]", "classify", "--jdbc", url(direct), "--all",
				"--partitions", "3", "--chunk", "40", "--fail-once-after-chunks", "2");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.err()).as("a task failed after committing two chunks and ran again")
			.contains("Failure injected after 2 chunks");
		assertThat(run.err()).containsPattern("Article \\d+ \\(generated/page-\\d+\\.txt #\\d\\) not classified: empty body");
		assertThat(field(run.out(), "modelVersion")).isEqualTo(modelVersion);
		assertThat(Long.parseLong(field(run.out(), "articles"))).isEqualTo(54 + GENERATED);
		assertSameAsReference(direct);
		assertThat(tables(direct).vectors()).as("the same vectors, byte for byte, as the application's embedding step")
			.allMatch(v -> v.contains("|bge-small-zh-v1.5-q8/lead-256|517|"))
			.isEqualTo(tables(reference).vectors());
	}

	@Test
	@Order(3)
	void aSecondRunReadsOnlyWhatIsNotClassified_theSkippedArticles_andChangesNothing() throws Exception {
		String summary = Main.run(spark, "classify", List.of("--jdbc", url(direct)));
		assertThat(field(summary, "articles")).isEqualTo(String.valueOf(tables(reference).skips().size()));
		assertThat(field(summary, "skipped")).isEqualTo(String.valueOf(tables(reference).skips().size()));
		assertSameAsReference(direct);
	}

	@Test
	@Order(4)
	void exportClassifyOnParquetAndImportStoreWhatTheApplicationStores() throws Exception {
		String export = dir.resolve("export").toString();
		String exported = Main.run(spark, "export", List.of("--jdbc", url(viaParquet), "--output", export));
		assertThat(field(exported, "articles")).isEqualTo(String.valueOf(54 + GENERATED));
		assertThat(Long.parseLong(field(exported, "labels"))).isPositive();
		String results = dir.resolve("results").toString();
		String classified = Main.run(spark, "classify", List.of("--input", export, "--output", results, "--partitions", "3"));
		assertThat(field(classified, "modelVersion")).isEqualTo(modelVersion);
		assertThat(tables(viaParquet).count("SELECT COUNT(*) FROM classification")).as("nothing written before import")
			.isZero();
		String imported = Main.run(spark, "import", List.of("--jdbc", url(viaParquet), "--results", results));
		assertThat(field(imported, "imported")).isEqualTo(String.valueOf(54 + GENERATED));
		assertThat(field(imported, "rollupRowsDiffering")).isEqualTo("0");
		assertSameAsReference(viaParquet);
		String again = Main.run(spark, "import", List.of("--jdbc", url(viaParquet), "--results", results));
		assertThat(field(again, "rollupRowsDiffering")).isEqualTo("0");
		assertSameAsReference(viaParquet);
		assertThat(tables(viaParquet).vectors()).isEqualTo(tables(reference).vectors());
	}

	@Test
	@Order(5)
	void rawPagesAreSplitAndClassifiedAsTheApplicationDoes_andAnUnreadablePageIsLeftOut() throws Exception {
		Path pages = Files.createDirectories(dir.resolve("pages"));
		try (Stream<Path> seedPages = Files.list(SEEDS.resolve("pages"))) {
			for (Path p : seedPages.toList()) {
				Files.copy(p, pages.resolve(p.getFileName()));
			}
		}
		Files.write(pages.resolve("zz-empty.txt"), new byte[0]);
		String out = dir.resolve("page-results").toString();
		String summary = Main.run(spark, "classify", List.of("--pages", pages.toString(), "--output", out, "--model",
				modelVersion));
		assertThat(field(summary, "articles")).isEqualTo("54");
		Map<String, String> fromPages = spark.read().parquet(out + "/classifications").collectAsList().stream()
			.collect(Collectors.toMap(r -> Path.of(r.<String>getAs("source_file")).getFileName() + "#" + r.getAs("ordinal"),
					SparkJobIT::topicAndScores));
		Map<String, String> fromApplication = tables(reference).rows("SELECT a.source_file, a.ordinal, c.topic, "
				+ "c.scores_json FROM article a JOIN classification c ON c.article_id = a.id "
				+ "WHERE a.source_file NOT LIKE 'generated/%'").stream()
			.map(r -> r.split("\\|"))
			.collect(Collectors.toMap(f -> f[0] + "#" + f[1], f -> f[2] + "|" + f[3]));
		assertThat(fromPages).hasSize(54).isEqualTo(fromApplication);
	}

	@Test
	@Order(6)
	void aMissingModelFileIsNamedInTheMessage() {
		Path missing = dir.resolve("models/nowhere.json");
		assertThatThrownBy(() -> Main.run(spark, "classify", List.of("--pages", SEEDS.resolve("pages").toString(),
				"--output", dir.resolve("never").toString(), "--model", missing.toString())))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(missing.toAbsolutePath().toString())
			.hasMessageContaining("missing");
	}

	private static String topicAndScores(Row r) {
		return r.getAs("topic") + "|" + r.getAs("scores_json");
	}

	private void assertSameAsReference(Path home) throws SQLException {
		StoreTables ref = tables(reference);
		StoreTables job = tables(home);
		assertThat(job.classifications()).hasSize(ref.classifications().size()).isEqualTo(ref.classifications());
		assertThat(job.skips()).isEqualTo(ref.skips());
		assertThat(job.rollups("topic_rollup")).isEqualTo(ref.rollups("topic_rollup"));
		assertThat(job.rollups("topic_rollup_month")).isEqualTo(ref.rollups("topic_rollup_month"));
	}

	private Path copyStore(Path from, String name) throws IOException {
		Path home = dir.resolve(name);
		Files.createDirectories(home.resolve("db"));
		Files.copy(from.resolve("db/newstrends.mv.db"), home.resolve("db/newstrends.mv.db"),
				StandardCopyOption.REPLACE_EXISTING);
		return home;
	}

	private static String url(Path home) {
		return "jdbc:h2:file:" + home.toAbsolutePath() + "/db/newstrends;AUTO_SERVER=TRUE";
	}

	private static StoreTables tables(Path home) {
		return new StoreTables(url(home));
	}

	/** A field of a one-line JSON object (string or number). */
	static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
		assertThat(m.find()).as(name + " in " + json).isTrue();
		return m.group(1);
	}

}
