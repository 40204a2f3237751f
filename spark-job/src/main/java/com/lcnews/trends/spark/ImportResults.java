package com.lcnews.trends.spark;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code import} command: brings the Parquet results of {@code classify --output} into the store, through the same
 * writer as the job's direct JDBC path (upserts and rollup deltas in one transaction per chunk, under the
 * classification run lock), so importing twice changes nothing the second time. Results of articles the store does
 * not hold are left out with a warning; the rest goes on. Afterwards the store's rollups of the model version are
 * compared with the counts the job computed.
 */
final class ImportResults {

	static final Set<String> OPTIONS = Set.of("jdbc", "user", "password-env", "results", "chunk", "low-confidence",
			"partitions");

	private static final Logger log = LoggerFactory.getLogger(ImportResults.class);

	private ImportResults() {
	}

	static String run(SparkSession spark, List<String> args) throws Exception {
		JobOptions o = JobOptions.parse(args, OPTIONS);
		Store store = o.store();
		String results = o.get("results");
		if (store == null || results == null) {
			throw new JobOptions.UsageException("import needs --jdbc URL and --results DIR");
		}
		HadoopFiles files = new HadoopFiles(spark);
		if (!files.exists(results + "/result.properties")) {
			throw new IllegalArgumentException("Not the results of a classify run: " + results
					+ "/result.properties is missing");
		}
		Properties meta = new Properties();
		meta.load(new java.io.StringReader(files.readString(results + "/result.properties")));
		String encoder = meta.getProperty("encoder", "");
		double low = o.decimal("low-confidence", Double.parseDouble(meta.getProperty("low_confidence", "0.5")));
		int chunk = Math.max(1, o.integer("chunk", 500));
		store.checkSchema();
		LongAccumulator imported = spark.sparkContext().longAccumulator("imported");
		LongAccumulator unknown = spark.sparkContext().longAccumulator("unknown");
		var rows = spark.read().parquet(results + "/classifications");
		int partitions = o.integer("partitions", 0);
		if (partitions > 0) {
			rows = rows.repartition(partitions);
		}
		rows = rows.sortWithinPartitions("article_id");
		try (RunLock lock = RunLock.take(store)) {
			rows.foreachPartition((ForeachPartitionFunction<Row>) it -> write(it, store,
					new StoreWriter(encoder.isEmpty() ? null : encoder, low), chunk, imported, unknown));
		}
		String version = meta.getProperty("model_version");
		RollupCheck.Result check = RollupCheck.compare(spark, store, version, results);
		return String.format(Locale.ROOT, "{\"command\":\"import\",\"modelVersion\":\"%s\",\"imported\":%d,"
				+ "\"unknownArticles\":%d,\"rollupRowsEqual\":%d,\"rollupRowsDiffering\":%d}", version, imported.value(),
				unknown.value(), check.equal(), check.differing());
	}

	private static void write(Iterator<Row> rows, Store store, StoreWriter writer, int chunkSize,
			LongAccumulator imported, LongAccumulator unknown) throws SQLException {
		try (Connection c = store.connect()) {
			List<Outcome> chunk = new ArrayList<>(chunkSize);
			while (rows.hasNext()) {
				chunk.add(ResultColumns.outcome(rows.next()));
				if (chunk.size() == chunkSize || !rows.hasNext()) {
					List<Outcome> known = known(c, chunk);
					unknown.add(chunk.size() - known.size());
					writer.write(c, known);
					imported.add(known.size());
					chunk.clear();
				}
			}
		}
	}

	/** The outcomes whose article the store holds; the others are logged and left out. */
	private static List<Outcome> known(Connection c, List<Outcome> chunk) throws SQLException {
		long min = chunk.stream().mapToLong(x -> x.assignment().articleId()).min().orElseThrow();
		long max = chunk.stream().mapToLong(x -> x.assignment().articleId()).max().orElseThrow();
		Set<Long> wanted = new HashSet<>();
		chunk.forEach(x -> wanted.add(x.assignment().articleId()));
		Set<Long> ids = StoreWriter.ids(c, "SELECT id FROM article WHERE id BETWEEN ? AND ?", min, max, wanted);
		List<Outcome> known = new ArrayList<>(chunk.size());
		for (Outcome x : chunk) {
			if (ids.contains(x.assignment().articleId())) {
				known.add(x);
			}
			else {
				log.warn("Result for article {} left out: the store has no such article", x.assignment().articleId());
			}
		}
		return known;
	}

}
