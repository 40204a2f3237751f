package com.lcnews.trends.ingest.internal;

import java.util.List;

/** The articles of a page in page order and the lines that are in none of them. */
public record SplitPage(List<ParsedArticle> articles, List<SkippedLine> skipped) {

	public SplitPage {
		articles = List.copyOf(articles);
		skipped = List.copyOf(skipped);
	}

}
