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

	/** The columns classification reads. */
	static final String SELECT = "id, source_file, ordinal, headline, subheadline, body, kind, article_date, "
			+ "date_precision, district_code";

	private ArticleColumns() {
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
