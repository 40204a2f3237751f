package com.lcnews.trends.spark;

import java.sql.Date;
import java.time.LocalDate;

import org.apache.spark.sql.Row;

import com.lcnews.trends.shared.Article;
import com.lcnews.trends.shared.ArticleKind;
import com.lcnews.trends.shared.DatePrecision;

/**
 * The columns of an article the job reads, named as in the store's {@code article} table (the JDBC read selects them,
 * the export writes them to Parquet), and an {@link Article} from such a row, as the application's job reads one.
 */
final class ArticleColumns {

	/** The columns of {@code article} classification reads. */
	static final String ARTICLE = "id, source_file, ordinal, headline, subheadline, body, kind, article_date, "
			+ "date_precision, district_code";

	/** All columns of an article row: with its stored vector (or null) and whether it is a recorded copy (0 or 1). */
	static final String SELECT = ARTICLE + ", vector, is_copy";

	private ArticleColumns() {
	}

	/** The stored vector of a row, null when none. */
	static byte[] vector(Row r) {
		return r.getAs("vector");
	}

	/** Whether the row's article is a recorded near-duplicate copy, which the rollups never count. */
	static boolean isCopy(Row r) {
		Object v = r.getAs("is_copy");
		return v instanceof Number n ? n.intValue() != 0 : Boolean.TRUE.equals(v);
	}

	static Article article(Row r) {
		Object date = r.getAs("article_date");
		LocalDate day = date instanceof LocalDate d ? d : date instanceof Date d ? d.toLocalDate() : null;
		Number ordinal = r.getAs("ordinal");
		return new Article(((Number) r.getAs("id")).longValue(), r.getAs("source_file"), ordinal.intValue(),
				r.getAs("headline"), r.getAs("subheadline"), r.getAs("body"), null,
				ArticleKind.ofCode(r.getAs("kind")), day, DatePrecision.ofCode(r.getAs("date_precision")), null,
				r.getAs("district_code"), null);
	}

}
