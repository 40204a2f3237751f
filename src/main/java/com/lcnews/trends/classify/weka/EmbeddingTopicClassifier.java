package com.lcnews.trends.classify.weka;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.lcnews.trends.classify.EncoderProvider;
import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.ModelInfo;
import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.TextEncoder;
import com.lcnews.trends.classify.TextShape;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.shared.Topic;

/**
 * A recipe model behind {@link TopicClassifier}. With a stored vector of its {@link #encoder()} spec it classifies
 * without running the embedding model ({@link #classify(String, float[])}); with text alone it asks the encoder
 * provider for the spec's encoder on first need. A text with nothing to read (empty, whitespace, or no letter or
 * digit of any script: only symbols, punctuation or emoji) is never assigned a topic: the prediction abstains. Thread-safe.
 */
final class EmbeddingTopicClassifier implements TopicClassifier {

	private final RecipeModel model;

	private final ModelInfo info;

	private final Optional<EncoderSpec> spec;

	private final EncoderProvider encoders;

	private volatile TextEncoder encoder;

	EmbeddingTopicClassifier(RecipeModel model, ModelInfo info, EncoderProvider encoders) {
		this.model = model;
		this.info = info;
		this.spec = model.encoderId() == null ? Optional.empty()
				: Optional.of(EncoderSpec.parse(model.encoderId(), model.dimensions()));
		this.encoders = encoders;
	}

	@Override
	public Prediction classify(String text) {
		String safe = text == null ? "" : text;
		return classify(safe, spec.isPresent() ? textEncoder().encode(safe) : null);
	}

	@Override
	public Prediction classify(String text, float[] vector) {
		String safe = text == null ? "" : text;
		if (spec.isPresent()) {
			if (vector == null) {
				return classify(safe);
			}
			if (vector.length != spec.get().dimensions()) {
				throw new IllegalArgumentException("Model " + info.version() + " reads vectors of " + spec.get().id()
						+ " (" + spec.get().dimensions() + " dimensions), got " + vector.length);
			}
		}
		double[] distribution = Calibrator.scale(model.part().distribution(Part.Features.of(safe, vector)),
				model.temperature());
		return prediction(distribution, !TextShape.hasLetterOrDigit(safe));
	}

	private Prediction prediction(double[] distribution, boolean nothingToRead) {
		List<Topic> topics = info.topics();
		Map<Topic, Double> scores = new LinkedHashMap<>();
		for (int i = 0; i < distribution.length; i++) {
			scores.put(topics.get(i), distribution[i]);
		}
		int best = Metrics.argmax(distribution);
		Topic bestTopic = topics.get(best);
		boolean assign = !nothingToRead && distribution[best] >= info.abstainThreshold();
		return new Prediction(assign ? Optional.of(bestTopic) : Optional.empty(), bestTopic, distribution[best], scores);
	}

	private TextEncoder textEncoder() {
		TextEncoder e = encoder;
		if (e == null) {
			synchronized (this) {
				if (encoder == null) {
					encoder = encoders.encoder(spec.orElseThrow());
				}
				e = encoder;
			}
		}
		return e;
	}

	@Override
	public Optional<EncoderSpec> encoder() {
		return spec;
	}

	@Override
	public List<Topic> topics() {
		return info.topics();
	}

	@Override
	public ModelInfo model() {
		return info;
	}

	RecipeModel recipeModel() {
		return model;
	}

}
