package com.lcnews.trends.classify;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The trained models in the model folder ({@code models/}): each is {@code <version>.model} plus its sidecar
 * {@code <version>.json}; {@code promoted.txt} names the model the batch job and the dashboard use. Older models are
 * kept.
 */
public interface ModelStore {

	/** Metadata of every model in the folder, oldest first. */
	List<ModelMetadata> list() throws IOException;

	/** Metadata of one model. @throws IllegalArgumentException when there is no such version */
	ModelMetadata metadata(String version) throws IOException;

	/** The version named in {@code promoted.txt}, if any. */
	Optional<String> promotedVersion() throws IOException;

	/**
	 * Loads a model by version, or by path to its sidecar JSON. Loading is slow (deserialisation); keep the result.
	 * @throws IllegalArgumentException when there is no such model
	 */
	TopicClassifier load(String versionOrPath) throws IOException;

	/** Loads the promoted model. @throws IllegalStateException when none is promoted */
	TopicClassifier loadPromoted() throws IOException;

	/** Makes a version the promoted one (writes {@code promoted.txt}). */
	void promote(String version) throws IOException;

}
