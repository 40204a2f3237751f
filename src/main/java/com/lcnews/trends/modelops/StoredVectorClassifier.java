package com.lcnews.trends.modelops;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.ModelInfo;
import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.shared.Topic;

/**
 * A model fed the stored vectors of known texts, so that an evaluation over store articles runs no network; a text
 * without a stored vector is refused.
 */
record StoredVectorClassifier(TopicClassifier classifier, Map<String, float[]> vectors) implements TopicClassifier {

	@Override
	public Prediction classify(String text) {
		float[] vector = vectors.get(text);
		if (vector == null) {
			throw new IllegalArgumentException("No stored vector for the text '" + abbreviate(text) + "'");
		}
		return classifier.classify(text, vector);
	}

	@Override
	public Optional<EncoderSpec> encoder() {
		return classifier.encoder();
	}

	@Override
	public List<Topic> topics() {
		return classifier.topics();
	}

	@Override
	public ModelInfo model() {
		return classifier.model();
	}

	private static String abbreviate(String text) {
		return text.length() <= 30 ? text : text.substring(0, 30) + "…";
	}

}
