package com.lcnews.trends.spark;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Compares the store's daily rollups of a model version with the counts a {@code classify --output} run computed: equal
 * when the results covered every classification of that version in the store and no label changed since the export.
 */
final class RollupCheck {

	/** Rows in both, rows in only one of them. */
	record Result(long equal, long differing) {
	}

	private static final String COLUMNS = "model_version, date_precision, bucket_start, district_code, topic, "
			+ "article_count, labelled_count, low_confidence";

	private RollupCheck() {
	}

	static Result compare(SparkSession spark, Store store, String version, String results) {
		Dataset<Row> stored = ClassifyArchive.lowerCase(spark.read()
			.jdbc(store.url(), "(SELECT " + COLUMNS + " FROM topic_rollup WHERE article_count > 0) r",
					store.sparkProperties()))
			.filter(col("model_version").equalTo(version));
		Dataset<Row> counted = spark.read().parquet(results + "/rollups").selectExpr(COLUMNS.split(", "));
		stored = stored.selectExpr(COLUMNS.split(", ")).selectExpr(casts());
		counted = counted.selectExpr(casts());
		long equal = stored.intersect(counted).count();
		long differing = stored.except(counted).count() + counted.except(stored).count();
		return new Result(equal, differing);
	}

	private static String[] casts() {
		return new String[] { "CAST(model_version AS STRING) AS model_version",
				"CAST(date_precision AS STRING) AS date_precision", "CAST(bucket_start AS DATE) AS bucket_start",
				"CAST(district_code AS STRING) AS district_code", "CAST(topic AS STRING) AS topic",
				"CAST(article_count AS BIGINT) AS article_count", "CAST(labelled_count AS BIGINT) AS labelled_count",
				"CAST(low_confidence AS BIGINT) AS low_confidence" };
	}

}
