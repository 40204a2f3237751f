package com.lcnews.trends.classify.training;

import com.lcnews.trends.shared.Topic;

/**
 * One row of the seed label file: which article (page file, 1-based ordinal, headline as printed, first characters of
 * the body) has which topics.
 *
 * @param line line number in the label file, for messages
 */
record SeedLabel(String source, int ordinal, String headline, String textStart, Topic topic, Topic secondaryTopic,
		int line) {
}
