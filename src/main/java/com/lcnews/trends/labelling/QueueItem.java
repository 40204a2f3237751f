package com.lcnews.trends.labelling;

import java.util.List;

/**
 * An article waiting for a label, with the model's suggestion.
 *
 * @param suggestedTopic the promoted model's topic, null when it abstained (or has not classified the article)
 * @param confidence the model's confidence in its best topic (0 when not classified)
 * @param labelledByOthers whether another person labelled it already (it then serves the agreement sample)
 * @param candidates the model's most probable topics, best first (at most {@link LabellingService#CANDIDATES}),
 * offered when it abstained; empty when the article was not classified
 */
public record QueueItem(long articleId, String headline, String excerpt, String suggestedTopic, double confidence,
		boolean labelledByOthers, List<TopicScore> candidates) {

	public QueueItem {
		candidates = List.copyOf(candidates);
	}

	/** A topic and the model's probability for it. */
	public record TopicScore(String topic, double score) {
	}

}
