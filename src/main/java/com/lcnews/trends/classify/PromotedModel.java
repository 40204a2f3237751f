package com.lcnews.trends.classify;

import java.util.Optional;

/**
 * The classifier of the promoted model: the one bean features ask for the current classifier. A promotion takes effect
 * with the next call; callers keep what they got for the length of one run.
 */
public interface PromotedModel {

	/**
	 * The classifier of the promoted model.
	 * @throws IllegalStateException with a message for people when no model is promoted or it cannot be loaded
	 */
	TopicClassifier classifier();

	/** The promoted version, if any. */
	Optional<String> version();

}
