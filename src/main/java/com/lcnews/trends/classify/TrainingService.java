package com.lcnews.trends.classify;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Trains, evaluates and loads topic models. Implementations hide the learning library. */
public interface TrainingService {

	/**
	 * Cross-validates the candidate recipes on the data (holding out whole groups), trains the chosen one on all of
	 * it, and writes the model with its metadata sidecar into {@code modelDir}. Same data, options and seed give the
	 * same model and metrics.
	 * @param topics the taxonomy's topics with their descriptions (order kept); every label must be one of them
	 * @param progress receives one-line progress messages (texts embedded, folds done, time left)
	 * @throws IllegalArgumentException when a label is unknown or the data has fewer than two topics
	 */
	ModelMetadata train(List<LabelledText> data, List<TopicDescription> topics, ModelMetadata.Source taxonomy,
			ModelMetadata.Source dataSource, TrainingOptions options, Path modelDir, Consumer<String> progress)
			throws java.io.IOException;

	/** As {@link #train(List, List, ModelMetadata.Source, ModelMetadata.Source, TrainingOptions, Path, Consumer)}
	 * for topics known by code only (each described by its code). */
	default ModelMetadata trainOnCodes(List<LabelledText> data, List<String> topics, ModelMetadata.Source taxonomy,
			ModelMetadata.Source dataSource, TrainingOptions options, Path modelDir, Consumer<String> progress)
			throws java.io.IOException {
		return train(data, TopicDescription.ofCodes(topics), taxonomy, dataSource, options, modelDir, progress);
	}

	/** Evaluates a trained model on held-out labelled texts. */
	EvaluationReport evaluate(TopicClassifier model, List<LabelledText> data, String description);

	/** Loads a model from its sidecar JSON (the artifact sits next to it). */
	TopicClassifier load(Path sidecar) throws java.io.IOException;

	/**
	 * A classifier built from topic descriptions alone, before any label exists: each topic's prototype is the mean
	 * vector of its description texts. Takes the time of encoding the descriptions (milliseconds per topic once the
	 * encoder is loaded); not calibrated on labels, it never abstains.
	 */
	TopicClassifier zeroShot(List<TopicDescription> topics, EncoderSpec spec);

}
