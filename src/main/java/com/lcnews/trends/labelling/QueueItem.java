package com.lcnews.trends.labelling;

/**
 * An article waiting for a label, with the model's suggestion.
 *
 * @param suggestedTopic the promoted model's topic, null when it abstained
 * @param confidence the model's confidence in its best topic
 * @param labelledByOthers whether another person labelled it already (it then serves the agreement sample)
 */
public record QueueItem(long articleId, String headline, String excerpt, String suggestedTopic, double confidence,
		boolean labelledByOthers) {
}
