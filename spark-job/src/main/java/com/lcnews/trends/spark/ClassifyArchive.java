package com.lcnews.trends.spark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import com.lcnews.trends.classify.EncoderProvider;
import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.weka.WekaTrainingService;

/**
 * The {@code classify} command: reads articles (a partitioned JDBC read of the store, an export's Parquet, or raw pages
 * split on the executors), embeds and classifies every partition with the application's classifier, and writes
 * classifications, vectors and rollup counts to the store (batched upserts, one transaction per chunk, under the
 * application's classification run lock) or to Parquet for {@code import}.
 */
public final class ClassifyArchive {

	static final Set<String> OPTIONS = Set.of("jdbc", "user", "password-env", "input", "pages", "output", "model",
			"models", "all", "partitions", "chunk", "low-confidence", "fail-once-after-chunks");

	/** What a run did. */
	public record Summary(String modelVersion, String encoder, String mode, long articles, long abstained, long skipped,
			long vectors, double seconds) {

		public double articlesPerSecond() {
			return seconds > 0 ? articles / seconds : 0;
		}

		public String toJson() {
			return String.format(Locale.ROOT, "{\"command\":\"classify\",\"modelVersion\":\"%s\",\"encoder\":%s,"
					+ "\"mode\":\"%s\",\"articles\":%d,\"abstained\":%d,\"skipped\":%d,\"vectors\":%d,\"seconds\":%.1f,"
					+ "\"articlesPerSecond\":%.1f}", modelVersion, encoder == null ? "null" : "\"" + encoder + "\"", mode,
					articles, abstained, skipped, vectors, seconds, articlesPerSecond());
		}

	}

	private ClassifyArchive() {
	}

	public static Summary run(SparkSession spark, List<String> args) throws Exception {
		JobOptions o = JobOptions.parse(args, OPTIONS);
		Store store = o.store();
		String input = o.get("input");
		String pages = o.get("pages");
		String output = o.get("output");
		if (store == null && (output == null || (input == null && pages == null))) {
			throw new JobOptions.UsageException("Give --jdbc URL (the store), or --input EXPORT_DIR or --pages DIR "
					+ "with --output DIR");
		}
		if (input != null && pages != null) {
			throw new JobOptions.UsageException("Give --input or --pages, not both");
		}
		if (store != null) {
			store.checkSchema();
		}
		ModelFiles model = model(spark, o, store, input);
		TopicClassifier probe = new WekaTrainingService(null, EncoderProvider.none()).load(model.sidecar());
		String version = probe.model().version();
		String encoder = probe.encoder().map(EncoderSpec::id).orElse(null);
		spark.sparkContext().addFile(model.sidecar().toString());
		spark.sparkContext().addFile(model.artifact().toString());
		JobSettings settings = new JobSettings(output == null ? store : null, model.sidecar().getFileName().toString(),
				version, encoder, o.decimal("low-confidence", 0.5), Math.max(1, o.integer("chunk", 500)),
				o.integer("fail-once-after-chunks", -1));
		int partitions = o.integer("partitions", spark.sparkContext().defaultParallelism());
		boolean all = o.flag("all") || store == null;
		Dataset<Row> articles = input != null ? Exports.articles(spark, input, partitions)
				: pages != null ? PageArticles.read(spark, pages, partitions)
						: fromStore(spark, store, version, encoder, all, partitions);
		Tally tally = new Tally(spark.sparkContext());
		long start = System.nanoTime();
		if (output == null) {
			try (RunLock lock = RunLock.take(store)) {
				articles.foreachPartition(
						(ForeachPartitionFunction<Row>) rows -> PartitionClassifier.writeToStore(rows, settings, tally));
			}
		}
		else {
			ParquetResults.write(spark, articles, settings, tally, output, input == null ? null : input + "/labels");
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Summary(version, encoder, all ? "all" : "missing", tally.articles(), tally.abstained(), tally.skipped(),
				tally.vectors(), seconds);
	}

	/** The model: {@code --model}, else the export's model, else the store's promoted model. */
	private static ModelFiles model(SparkSession spark, JobOptions o, Store store, String input) throws Exception {
		String model = o.get("model");
		if (model == null && input != null) {
			return Exports.model(spark, input);
		}
		if (model == null && store == null) {
			throw new JobOptions.UsageException("Name the model with --model VERSION|PATH.json (there is no store to ask "
					+ "which model is promoted)");
		}
		if (model == null) {
			model = store.promotedVersion()
				.orElseThrow(() -> new IllegalStateException("No model is promoted in " + store.url()
						+ ": promote one in the application (models --promote VERSION) or give --model"));
		}
		String artifact = store == null || model.endsWith(".json") ? null
				: store.model(model).map(Store.RegisteredModel::artifact).orElse(null);
		return ModelFiles.find(model, artifact, o.path("models"));
	}

	/**
	 * The articles to classify, read from the store in {@code partitions} id ranges, each sorted by id: all of them, or
	 * those without a classification by the model version; with the stored vector of {@code encoder} (null when none
	 * is stored or the model reads none) and whether the article is a recorded near-duplicate copy.
	 */
	static Dataset<Row> fromStore(SparkSession spark, Store store, String version, String encoder, boolean all,
			int partitions) throws SQLException {
		if (!version.matches("[A-Za-z0-9._-]+") || (encoder != null && !encoder.matches("[A-Za-z0-9._/-]+"))) {
			throw new IllegalArgumentException("Not a model version and encoder: '" + version + "', '" + encoder + "'");
		}
		long[] range = idRange(store);
		String columns = "a." + ArticleColumns.ARTICLE.replace(", ", ", a.") + ", v.vector AS vector, "
				+ "CASE WHEN EXISTS (SELECT 1 FROM article_copy k WHERE k.article_id = a.id) THEN 1 ELSE 0 END AS is_copy";
		String table = "(SELECT " + columns + " FROM article a LEFT JOIN article_vector v ON v.article_id = a.id "
				+ "AND v.encoder = '" + (encoder == null ? "" : encoder) + "'"
				+ (all ? "" : " WHERE NOT EXISTS (SELECT 1 FROM classification c WHERE c.article_id = a.id "
						+ "AND c.model_version = '" + version + "')")
				+ ") t";
		return lowerCase(spark.read()
			.option("fetchsize", "1000")
			.jdbc(store.url(), "(SELECT " + ArticleColumns.SELECT + " FROM " + table + ") s", "id", range[0],
					range[1] + 1, Math.max(1, partitions), store.sparkProperties()))
			.sortWithinPartitions("id");
	}

	/** The same columns with lower-case names (H2 reports upper case, PostgreSQL lower case). */
	static Dataset<Row> lowerCase(Dataset<Row> rows) {
		return rows.toDF(java.util.Arrays.stream(rows.columns()).map(c -> c.toLowerCase(Locale.ROOT)).toArray(String[]::new));
	}

	private static long[] idRange(Store store) throws SQLException {
		try (Connection c = store.connect();
				PreparedStatement ps = c.prepareStatement("SELECT MIN(id), MAX(id) FROM article");
				ResultSet rs = ps.executeQuery()) {
			rs.next();
			return new long[] { rs.getLong(1), rs.getLong(2) };
		}
	}

}
