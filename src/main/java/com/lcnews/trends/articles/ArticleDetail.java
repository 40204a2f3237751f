package com.lcnews.trends.articles;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.lcnews.trends.shared.Article;

/**
 * Everything known about one article.
 *
 * @param article the article with its date and district decisions and evidence
 * @param modelVersion the model whose prediction is shown, or null
 * @param predictedTopic that model's topic, null when unclassified or not classified
 * @param confidence that model's confidence, or null
 * @param scores that model's probability per topic (empty when not classified)
 * @param labels human labels, newest first
 */
public record ArticleDetail(Article article, String modelVersion, String predictedTopic, Double confidence,
		Map<String, Double> scores, List<Label> labels) {

	/** A human label. */
	public record Label(String topic, String secondaryTopic, String by, Instant at, String origin) {
	}

	/** The topic the article is counted under: newest label, else prediction. */
	public String countedTopic() {
		return labels.isEmpty() ? predictedTopic : labels.get(0).topic();
	}

}
