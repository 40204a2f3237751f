package com.lcnews.trends.batch;

import com.lcnews.trends.classify.TopicClassifier;

/**
 * Supplies the classifier of the promoted model to the classification job. The default implementation uses the
 * application's {@link TopicClassifier} bean; another feature may provide its own bean of this type.
 */
public interface ClassifierProvider {

	/**
	 * The classifier of the promoted model.
	 * @throws IllegalStateException with a message for people when no model is available
	 */
	TopicClassifier promoted();

}
