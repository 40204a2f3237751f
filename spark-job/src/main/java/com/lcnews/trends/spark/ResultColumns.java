package com.lcnews.trends.spark;

import java.time.LocalDate;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import com.lcnews.trends.batch.TopicAssignment;
import com.lcnews.trends.shared.DatePrecision;

/**
 * The job's results as Parquet rows, one per article: the assignment as the store keeps it ({@code classification} or
 * {@code classification_skip}), where the article is counted (date, precision, district, as read), its vector and the
 * encoder spec. {@code import} turns them back into {@link Outcome}s.
 */
final class ResultColumns {

	static final StructType SCHEMA = new StructType()
		.add("article_id", DataTypes.LongType, false)
		.add("source_file", DataTypes.StringType)
		.add("ordinal", DataTypes.IntegerType)
		.add("model_version", DataTypes.StringType, false)
		.add("topic", DataTypes.StringType)
		.add("confidence", DataTypes.DoubleType, false)
		.add("scores_json", DataTypes.StringType)
		.add("skip_reason", DataTypes.StringType)
		.add("article_date", DataTypes.DateType)
		.add("date_precision", DataTypes.StringType)
		.add("district_code", DataTypes.StringType)
		.add("is_copy", DataTypes.BooleanType, false)
		.add("encoder", DataTypes.StringType)
		.add("vector", DataTypes.BinaryType);

	private ResultColumns() {
	}

	static Row row(Outcome o, String source, int ordinal, LocalDate date, String precision, String district,
			boolean copy, String encoder) {
		TopicAssignment a = o.assignment();
		return RowFactory.create(a.articleId(), source, ordinal, a.modelVersion(), a.topic(), a.confidence(),
				a.scoresJson(), a.skipReason(), date, precision, district, copy, o.vector() == null ? null : encoder,
				o.vector());
	}

	static Outcome outcome(Row r) {
		String reason = r.getAs("skip_reason");
		long id = r.<Long>getAs("article_id");
		String version = r.getAs("model_version");
		TopicAssignment a = reason != null ? TopicAssignment.skipped(id, version, reason)
				: new TopicAssignment(id, version, date(r.getAs("article_date")),
						DatePrecision.ofCode(r.getAs("date_precision")), r.getAs("district_code"), r.getAs("topic"),
						r.<Double>getAs("confidence"), r.getAs("scores_json"), null);
		return new Outcome(a, r.getAs("vector"));
	}

	static LocalDate date(Object value) {
		return value instanceof LocalDate d ? d : value instanceof java.sql.Date d ? d.toLocalDate() : null;
	}

}
