package com.lcnews.trends.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import com.lcnews.trends.batch.CountedAs;
import com.lcnews.trends.batch.RollupKey;
import com.lcnews.trends.shared.DatePrecision;

/**
 * The rollup counts of classified results, computed by Spark with the application's counting rule ({@link CountedAs}):
 * one row per key of {@code topic_rollup} (daily buckets) and {@code topic_rollup_month}, with the same columns.
 */
final class RollupCounts {

	static final String[] KEY = { "model_version", "date_precision", "bucket_start", "district_code", "topic" };

	private static final StructType COUNTED = new StructType().add("model_version", DataTypes.StringType)
		.add("date_precision", DataTypes.StringType)
		.add("bucket_start", DataTypes.DateType)
		.add("district_code", DataTypes.StringType)
		.add("topic", DataTypes.StringType)
		.add("labelled", DataTypes.LongType)
		.add("low", DataTypes.LongType);

	private RollupCounts() {
	}

	/** Writes {@code out/rollups} and {@code out/rollups_month}. */
	static void write(SparkSession spark, Dataset<Row> results, String labels, double lowConfidence, String out) {
		Dataset<Row> counted = counted(spark, results, labels, lowConfidence).cache();
		aggregate(counted).write().parquet(out + "/rollups");
		aggregate(counted.withColumn("bucket_start", trunc(col("bucket_start"), "month"))).write()
			.parquet(out + "/rollups_month");
		counted.unpersist();
	}

	private static Dataset<Row> aggregate(Dataset<Row> counted) {
		return counted.groupBy(KEY[0], KEY[1], KEY[2], KEY[3], KEY[4])
			.agg(count(lit(1)).as("article_count"), sum("labelled").as("labelled_count"), sum("low").as("low_confidence"));
	}

	/** Per classified article: its rollup key and whether it counts as labelled and as low confidence. */
	static Dataset<Row> counted(SparkSession spark, Dataset<Row> results, String labels, double lowConfidence) {
		Dataset<Row> classified = results.filter(col("skip_reason").isNull().and(col("is_copy").equalTo(false)));
		Dataset<Row> withLabels;
		if (labels != null) {
			Dataset<Row> newest = spark.read()
				.parquet(labels)
				.withColumn("n", row_number().over(Window.partitionBy("article_id")
					.orderBy(col("labelled_at").desc(), col("id").desc())))
				.filter(col("n").equalTo(1))
				.select(col("article_id").as("labelled_article"), col("topic").as("label"));
			withLabels = classified.join(newest, classified.col("article_id").equalTo(newest.col("labelled_article")),
					"left");
		}
		else {
			withLabels = classified.withColumn("label", lit(null).cast(DataTypes.StringType));
		}
		return withLabels.map((MapFunction<Row, Row>) r -> {
			CountedAs c = CountedAs.of(r.getAs("model_version"), ResultColumns.date(r.getAs("article_date")),
					precision(r.getAs("date_precision")), r.getAs("district_code"), r.getAs("topic"),
					r.<Double>getAs("confidence"), r.getAs("label"), lowConfidence);
			RollupKey k = c.key();
			return RowFactory.create(k.modelVersion(), k.precision(), k.bucketStart(), k.district(), k.topic(),
					c.labelled() ? 1L : 0L, c.lowConfidence() ? 1L : 0L);
		}, org.apache.spark.sql.Encoders.row(COUNTED));
	}

	private static DatePrecision precision(String code) {
		return code == null ? DatePrecision.UNKNOWN : DatePrecision.ofCode(code);
	}

}
