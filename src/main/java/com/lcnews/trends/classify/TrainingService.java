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

	/**
	 * This engine, taking {@code known} vectors first (e.g. the ones stored beside the articles) and computing or
	 * reading from its cache only the others. An engine without vector recipes ignores them.
	 */
	TrainingService withKnownVectors(KnownVectors known);

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

	/**
	 * Writes a classifier made by {@link #zeroShot} as a model version ({@code <version>.model} and its sidecar in
	 * {@code modelDir}), to be registered, compared and promoted like a trained one. Its metadata says it was trained on
	 * no labels (recipe {@code zero-shot@N}, training data of size 0); its report is {@code scored}, the classifier
	 * tested on labelled texts it never saw (see {@link #evaluate}), or an empty report when there were none.
	 * @param name the version's prefix, e.g. {@code zero-shot}
	 * @throws IllegalArgumentException when the classifier was not made by {@link #zeroShot} of this engine
	 */
	ModelMetadata writeZeroShot(TopicClassifier zeroShot, ModelMetadata.Source taxonomy, EvaluationReport scored,
			String name, Path modelDir) throws java.io.IOException;

}
