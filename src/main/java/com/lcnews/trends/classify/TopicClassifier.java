package com.lcnews.trends.classify;

import java.util.List;

import com.lcnews.trends.shared.Topic;

/** Assigns a topic to a text with one trained model. Implementations say in their Javadoc whether they are thread-safe. */
public interface TopicClassifier {

	/**
	 * Classifies one text. The prediction's topic is empty when the best probability is under the model's abstain
	 * threshold ("unclassified").
	 */
	Prediction classify(String text);

	/** The topics this model can assign, in taxonomy order. */
	List<Topic> topics();

	/** The model behind this classifier. */
	ModelInfo model();

}
