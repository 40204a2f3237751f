package com.lcnews.trends.classify;

import java.util.List;
import java.util.Optional;

import com.lcnews.trends.shared.Topic;

/**
 * Assigns a topic to a text with one trained model. Implementations say in their Javadoc whether they are thread-safe
 * (the models the trainer writes are).
 * <p>
 * Models that read an embedding vector name its spec in {@link #encoder()}; a caller that stored the text's vector of
 * that spec passes it to {@link #classify(String, float[])} and no network runs. Text-only models ignore the vector.
 */
public interface TopicClassifier {

	/**
	 * Classifies one text. The prediction's topic is empty when the best probability is under the model's abstain
	 * threshold ("unclassified").
	 */
	Prediction classify(String text);

	/**
	 * Classifies one text whose vector of {@link #encoder()}'s spec is known (e.g. stored beside the article); a null
	 * vector, or a model without encoder, falls back to {@link #classify(String)}.
	 * @throws IllegalArgumentException when the vector's length is not the spec's
	 */
	default Prediction classify(String text, float[] vector) {
		return classify(text);
	}

	/** The embedding spec whose vectors the model reads; empty for text-only models. */
	default Optional<EncoderSpec> encoder() {
		return Optional.empty();
	}

	/** The topics this model can assign, in taxonomy order. */
	List<Topic> topics();

	/** The model behind this classifier. */
	ModelInfo model();

}
