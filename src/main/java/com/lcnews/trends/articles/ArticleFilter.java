package com.lcnews.trends.articles;

import java.time.LocalDate;

/**
 * What to look for in the article list. Every field is optional (null = any).
 *
 * @param text words that must appear in the headline or body
 * @param topic the counted topic (label, else prediction); {@code _unclassified} for abstentions
 * @param district a district code, {@code 3715}, {@code -} or {@code ?} for unknown
 * @param from first article date (inclusive)
 * @param to last article date (inclusive)
 * @param maxConfidence only predictions at or under this confidence (for reviewing uncertain ones)
 * @param labelled true: only labelled articles; false: only unlabelled ones
 * @param modelVersion the model whose predictions are shown; null: the promoted model
 */
public record ArticleFilter(String text, String topic, String district, LocalDate from, LocalDate to,
		Double maxConfidence, Boolean labelled, String modelVersion) {

	/** No restriction at all. */
	public static ArticleFilter any() {
		return new ArticleFilter(null, null, null, null, null, null, null, null);
	}

}
