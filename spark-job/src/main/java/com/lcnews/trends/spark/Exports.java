package com.lcnews.trends.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code export} command, for clusters that cannot reach the store: writes the articles to classify
 * ({@code articles/}, the columns classification reads, with the stored vector of the model's encoder spec when there is
 * one, so that a new model over the same spec embeds nothing again, and whether the article is a recorded copy), every label ({@code labels/}), the model's files
 * ({@code model/}) and {@code export.properties} to a folder that {@code classify --input} reads.
 */
final class Exports {

	static final Set<String> OPTIONS = Set.of("jdbc", "user", "password-env", "output", "model", "models", "all",
			"partitions");

	private Exports() {
	}

	static String export(SparkSession spark, List<String> args) throws Exception {
		JobOptions o = JobOptions.parse(args, OPTIONS);
		Store store = o.store();
		String output = o.get("output");
		if (store == null || output == null) {
			throw new JobOptions.UsageException("export needs --jdbc URL and --output DIR");
		}
		HadoopFiles files = new HadoopFiles(spark);
		if (files.exists(output)) {
			throw new IllegalArgumentException("The export folder " + output + " exists already: give a new one");
		}
		store.checkSchema();
		String version = o.get("model") != null ? o.get("model") : store.promotedVersion()
			.orElseThrow(() -> new IllegalStateException("No model is promoted in " + store.url() + ": give --model"));
		ModelFiles model = ModelFiles.find(version,
				store.model(version).map(Store.RegisteredModel::artifact).orElse(null), o.path("models"));
		String modelVersion = model.metadata().version();
		boolean all = o.flag("all");
		int partitions = o.integer("partitions", spark.sparkContext().defaultParallelism());
		Dataset<Row> articles = ClassifyArchive.fromStore(spark, store, modelVersion, model.metadata().encoder(), all,
				partitions);
		articles.write().parquet(output + "/articles");
		ClassifyArchive.lowerCase(spark.read()
			.jdbc(store.url(), "(SELECT id, article_id, topic, labelled_at FROM label) l", store.sparkProperties()))
			.write()
			.parquet(output + "/labels");
		files.upload(model.sidecar(), output + "/model/" + model.sidecar().getFileName());
		files.upload(model.artifact(), output + "/model/" + model.artifact().getFileName());
		long n = spark.read().parquet(output + "/articles").count();
		long labels = spark.read().parquet(output + "/labels").count();
		files.writeString(output + "/export.properties", "model_version=" + modelVersion + "\nmode="
				+ (all ? "all" : "missing") + "\narticles=" + n + "\nlabels=" + labels + "\nexported_at=" + Instant.now()
				+ "\n");
		return String.format(Locale.ROOT, "{\"command\":\"export\",\"modelVersion\":\"%s\",\"mode\":\"%s\","
				+ "\"articles\":%d,\"labels\":%d,\"output\":\"%s\"}", modelVersion, all ? "all" : "missing", n, labels,
				output.replace("\\", "\\\\").replace("\"", "\\\""));
	}

	/** The articles of an export, in at least {@code partitions} partitions, each sorted by id. */
	static Dataset<Row> articles(SparkSession spark, String export, int partitions) {
		Dataset<Row> articles = spark.read().parquet(export + "/articles");
		if (articles.rdd().getNumPartitions() < partitions) {
			articles = articles.repartitionByRange(partitions, articles.col("id"));
		}
		return articles.sortWithinPartitions("id");
	}

	/** The model of an export, copied to the driver's disk. */
	static ModelFiles model(SparkSession spark, String export) throws IOException {
		HadoopFiles files = new HadoopFiles(spark);
		List<String> sidecars = files.list(export + "/model", ".json");
		if (sidecars.size() != 1) {
			throw new IllegalArgumentException("The export " + export + " should hold one model sidecar in model/, found "
					+ sidecars + "; or give --model");
		}
		Path dir = Files.createTempDirectory("news-trends-model");
		Path sidecar = dir.resolve(sidecars.get(0));
		files.download(export + "/model/" + sidecars.get(0), sidecar);
		String artifact = com.lcnews.trends.classify.ModelMetadata.fromJson(Files.readString(sidecar)).artifact();
		if (!files.exists(export + "/model/" + artifact)) {
			throw new IllegalArgumentException("The model artifact " + export + "/model/" + artifact + " is missing");
		}
		files.download(export + "/model/" + artifact, dir.resolve(artifact));
		return ModelFiles.of(sidecar);
	}

}
