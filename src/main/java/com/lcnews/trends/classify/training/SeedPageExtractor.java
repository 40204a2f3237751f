package com.lcnews.trends.classify.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.lcnews.trends.shared.Article;

/**
 * Splits one seed page file into its articles in page order (ordinal 1-based). The ingest feature provides it; wire
 * it as a bean, e.g. {@code @Bean SeedPageExtractor seedPages(IngestService ingest) { return ingest::extract; }}.
 */
@FunctionalInterface
public interface SeedPageExtractor {

	/** The articles of a page file, in page order. */
	List<Article> extract(Path page) throws IOException;

}
