package com.lcnews.trends.testing;

import java.util.List;
import java.util.Optional;

import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.ModelInfo;
import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.shared.Topic;

/**
 * A test model that reads stored vectors of {@link HashingEncoder#SPEC}: it predicts as {@link KeywordTopicClassifier}
 * but refuses to classify without a vector, so a test proves the caller passed the stored one.
 */
public final class VectorKeywordClassifier implements TopicClassifier {

	private final KeywordTopicClassifier keywords;

	public VectorKeywordClassifier(String version) {
		this.keywords = new KeywordTopicClassifier(version);
	}

	@Override
	public Prediction classify(String text) {
		throw new IllegalStateException("this test model classifies stored vectors only");
	}

	@Override
	public Prediction classify(String text, float[] vector) {
		if (vector == null) {
			return classify(text);
		}
		if (vector.length != HashingEncoder.SPEC.dimensions()) {
			throw new IllegalArgumentException("expected " + HashingEncoder.SPEC.dimensions() + " dimensions");
		}
		return keywords.classify(text);
	}

	@Override
	public Optional<EncoderSpec> encoder() {
		return Optional.of(HashingEncoder.SPEC);
	}

	@Override
	public List<Topic> topics() {
		return keywords.topics();
	}

	@Override
	public ModelInfo model() {
		return keywords.model();
	}

}
