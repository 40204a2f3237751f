package com.lcnews.trends.spark;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lcnews.trends.ingest.PageMetadata;
import com.lcnews.trends.ingest.internal.BadPageException;
import com.lcnews.trends.ingest.internal.PageDecoder;
import com.lcnews.trends.ingest.internal.PageExtractor;
import com.lcnews.trends.ingest.internal.PageHints;
import com.lcnews.trends.shared.Article;

/**
 * Raw page files (a folder, walked recursively, on any file system Hadoop reads) split into articles on the executors
 * with the application's own ingest code: the page decoder (UTF-8, UTF-16, GB18030 and what the detector finds) and
 * the extractor (articles, dates, districts), with each page's {@code .meta.properties} sidecar. A page that cannot
 * be read is logged with its full path and reason and left out; the rest goes on. The articles have no store id (0):
 * they are identified by file and position.
 */
final class PageArticles {

	static final StructType SCHEMA = new StructType().add("id", DataTypes.LongType, false)
		.add("source_file", DataTypes.StringType)
		.add("ordinal", DataTypes.IntegerType)
		.add("headline", DataTypes.StringType)
		.add("subheadline", DataTypes.StringType)
		.add("body", DataTypes.StringType)
		.add("kind", DataTypes.StringType)
		.add("article_date", DataTypes.DateType)
		.add("date_precision", DataTypes.StringType)
		.add("district_code", DataTypes.StringType)
		.add("vector", DataTypes.BinaryType)
		.add("is_copy", DataTypes.IntegerType, false);

	/** The application's limit for one page file. */
	static final long MAX_PAGE_BYTES = 10L * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(PageArticles.class);

	private static final class Extractor {

		static final PageExtractor INSTANCE = PageExtractor.bundled();

	}

	private PageArticles() {
	}

	static Dataset<Row> read(SparkSession spark, String dir, int partitions) {
		JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
		jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
		JavaPairRDD<String, PortableDataStream> files = jsc.binaryFiles(dir, Math.max(1, partitions));
		Map<String, String> sidecars = new HashMap<>(files.filter(f -> f._1().endsWith(PageMetadata.SIDECAR_SUFFIX))
			.mapValues(s -> new String(s.toArray(), StandardCharsets.UTF_8))
			.collectAsMap());
		Broadcast<Map<String, String>> shared = jsc.broadcast(sidecars);
		JavaRDD<Row> rows = files.filter(f -> !f._1().endsWith(PageMetadata.SIDECAR_SUFFIX))
			.flatMap(f -> rows(f._1(), f._2().toArray(), shared.value()).iterator());
		return spark.createDataFrame(rows, SCHEMA);
	}

	/** The article rows of one page file; none (and a warning) when it cannot be read. */
	static List<Row> rows(String path, byte[] bytes, Map<String, String> sidecars) {
		List<Row> rows = new ArrayList<>();
		try {
			PageMetadata meta = metadata(path, sidecars);
			String text = new PageDecoder(MAX_PAGE_BYTES).decode(bytes).text();
			String where = java.net.URI.create(path).getPath();
			String name = where.substring(where.lastIndexOf('/') + 1);
			PageHints hints = new PageHints(meta.issueDate(), meta.homeDistrict(), meta.publication(), where);
			for (Article a : Extractor.INSTANCE.extract(name, text, hints).articles()) {
				rows.add(RowFactory.create(0L, path, a.ordinal(), a.headline(), a.subheadline(), a.body(), a.kind().code(),
						a.date(), a.datePrecision().code(), a.districtCode(), null, 0));
			}
		}
		catch (BadPageException | IllegalArgumentException | IOException ex) {
			log.warn("Page {} left out: {}", path, ex.getMessage());
		}
		return rows;
	}

	private static PageMetadata metadata(String path, Map<String, String> sidecars) throws IOException {
		int slash = path.lastIndexOf('/');
		int dot = path.lastIndexOf('.');
		String base = dot > slash + 1 ? path.substring(0, dot) : path;
		String sidecar = sidecars.get(base + PageMetadata.SIDECAR_SUFFIX);
		if (sidecar == null) {
			return PageMetadata.NONE;
		}
		Properties p = new Properties();
		p.load(new StringReader(sidecar));
		String date = blankToNull(p.getProperty("issue_date"));
		try {
			return new PageMetadata(blankToNull(p.getProperty("publication")), blankToNull(p.getProperty("home_district")),
					date == null ? null : LocalDate.parse(date), blankToNull(p.getProperty("page")));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(base + PageMetadata.SIDECAR_SUFFIX + ": issue_date must be YYYY-MM-DD, not '"
					+ date + "'");
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
