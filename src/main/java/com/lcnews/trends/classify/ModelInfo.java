package com.lcnews.trends.classify;

import java.time.Instant;
import java.util.List;

import com.lcnews.trends.shared.Topic;

/**
 * What identifies a trained model and how its predictions should be read.
 *
 * @param version unique version, e.g. {@code seeds-20261122-1}
 * @param createdAt when it was trained
 * @param topics topics it can assign
 * @param abstainThreshold probabilities under this give "unclassified"
 * @param description learner and features in one line, for people
 */
public record ModelInfo(String version, Instant createdAt, List<Topic> topics, double abstainThreshold,
		String description) {

	public ModelInfo {
		topics = List.copyOf(topics);
	}

}
