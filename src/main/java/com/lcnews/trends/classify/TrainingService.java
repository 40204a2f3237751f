package com.lcnews.trends.classify;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Trains, evaluates and loads topic models. Implementations hide the learning library. */
public interface TrainingService {

	/**
	 * Cross-validates the candidate recipes on the data, trains the chosen one on all of it, and writes the model with
	 * its metadata sidecar into {@code modelDir}. Same data, options and seed give the same model and metrics.
	 * @param topics the taxonomy's topics (order kept); every label must be one of them
	 * @param progress receives one-line progress messages (folds done, time left)
	 * @return the metadata written next to the model
	 */
	ModelMetadata train(List<LabelledText> data, List<String> topics, ModelMetadata.Source taxonomy,
			ModelMetadata.Source dataSource, TrainingOptions options, Path modelDir, Consumer<String> progress)
			throws java.io.IOException;

	/** Evaluates a trained model on held-out labelled texts. */
	EvaluationReport evaluate(TopicClassifier model, List<LabelledText> data, String description);

	/** Loads a model from its sidecar JSON (the artifact sits next to it). */
	TopicClassifier load(Path sidecar) throws java.io.IOException;

}
