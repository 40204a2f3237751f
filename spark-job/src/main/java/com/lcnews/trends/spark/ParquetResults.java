package com.lcnews.trends.spark;

import java.io.IOException;
import java.util.Iterator;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import com.lcnews.trends.shared.Article;

/**
 * Writes a run's results as Parquet for clusters that cannot reach the store: {@code classifications/} (one row per
 * article, {@link ResultColumns}), {@code rollups/} and {@code rollups_month/} (the counts the store will hold once
 * {@code import} has applied them, given the export's labels) and {@code result.properties}.
 */
final class ParquetResults {

	private ParquetResults() {
	}

	static void write(SparkSession spark, Dataset<Row> articles, JobSettings settings, Tally tally, String output,
			String labels) throws IOException {
		Dataset<Row> results = articles.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> rows(rows, settings, tally),
				org.apache.spark.sql.Encoders.row(ResultColumns.SCHEMA));
		results.write().parquet(output + "/classifications");
		Dataset<Row> stored = spark.read().parquet(output + "/classifications");
		HadoopFiles files = new HadoopFiles(spark);
		RollupCounts.write(spark, stored, labels != null && files.exists(labels) ? labels : null,
				settings.lowConfidence(), output);
		files.writeString(output + "/result.properties", "model_version=" + settings.modelVersion() + "\nencoder="
				+ (settings.encoder() == null ? "" : settings.encoder()) + "\nlow_confidence=" + settings.lowConfidence()
				+ "\n");
	}

	private static Iterator<Row> rows(Iterator<Row> articles, JobSettings settings, Tally tally) {
		ExecutorModel.Loaded model = ExecutorModel.of(settings.sidecar());
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				return articles.hasNext();
			}

			@Override
			public Row next() {
				Row row = articles.next();
				Article a = ArticleColumns.article(row);
				Outcome o = PartitionClassifier.outcome(model, a, ArticleColumns.vector(row));
				tally.count(o);
				return ResultColumns.row(o, a.source(), a.ordinal(), a.date(),
						a.datePrecision() == null ? null : a.datePrecision().code(), a.districtCode(),
						ArticleColumns.isCopy(row), settings.encoder());
			}
		};
	}

}
