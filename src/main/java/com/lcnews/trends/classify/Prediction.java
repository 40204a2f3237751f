package com.lcnews.trends.classify;

import java.util.Map;
import java.util.Optional;

import com.lcnews.trends.shared.Topic;

/**
 * The outcome of classifying one text.
 *
 * @param topic the assigned topic, empty when the best probability is under the abstain threshold
 * @param best the most probable topic, whether or not it was assigned
 * @param confidence the calibrated probability of {@code best}
 * @param scores calibrated probability per topic (sums to 1)
 */
public record Prediction(Optional<Topic> topic, Topic best, double confidence, Map<Topic, Double> scores) {

	public Prediction {
		scores = Map.copyOf(scores);
	}

	/** Whether the model abstained. */
	public boolean unclassified() {
		return topic.isEmpty();
	}

}
