package com.lcnews.trends.ingest.internal;

import java.util.List;

import com.lcnews.trends.shared.ArticleKind;

/**
 * One article cut out of a page, before its date and district are decided.
 *
 * @param paragraphs body paragraphs as printed, column breaks already rejoined
 * @param firstLine 1-based first page line of the article
 * @param lastLine 1-based last page line of the article
 */
public record ParsedArticle(int ordinal, String headline, String subheadline, List<String> paragraphs, String byline,
		ArticleKind kind, int firstLine, int lastLine) {

	public ParsedArticle {
		paragraphs = List.copyOf(paragraphs);
	}

	/** The body: paragraphs separated by line breaks. */
	public String body() {
		return String.join("\n", paragraphs);
	}

}
