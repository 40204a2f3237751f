package com.lcnews.trends.classify.weka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.lcnews.trends.classify.EncoderProvider;
import com.lcnews.trends.classify.ModelInfo;
import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.text.TextSegmenters;
import com.lcnews.trends.shared.Topic;

import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.SerializationHelper;

/**
 * Model files: {@code <version>.model} holds the trained {@link RecipeModel} (older models: the text pipeline and the
 * data header), written by {@link SerializationHelper#writeAll}; {@code <version>.json} the metadata sidecar.
 */
final class WekaModelFiles {

	static final ObjectMapper JSON = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private WekaModelFiles() {
	}

	/** Writes a recipe model (one serialised {@link RecipeModel}) and its sidecar. */
	static void write(Path dir, RecipeModel model, ModelMetadata metadata) throws IOException {
		Files.createDirectories(dir);
		try {
			SerializationHelper.writeAll(dir.resolve(metadata.artifact()).toString(), new Object[] { model });
		}
		catch (Exception ex) {
			throw new IOException("Cannot write model " + dir.resolve(metadata.artifact()) + ": " + ex.getMessage(), ex);
		}
		JSON.writeValue(dir.resolve(metadata.version() + ".json").toFile(), metadata);
	}

	static ModelMetadata readMetadata(Path sidecar) throws IOException {
		try {
			return JSON.readValue(sidecar.toFile(), ModelMetadata.class);
		}
		catch (IOException ex) {
			throw new IOException("Cannot read model metadata " + sidecar + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Loads either kind of artifact: a recipe model, or a pipeline and header of the text-only trainer (older models).
	 */
	static TopicClassifier load(Path sidecar, EncoderProvider encoders) throws IOException {
		ModelMetadata metadata = readMetadata(sidecar);
		Path artifact = sidecar.resolveSibling(metadata.artifact());
		Object[] objects;
		try {
			objects = SerializationHelper.readAll(artifact.toString());
		}
		catch (Exception ex) {
			throw new IOException("Cannot read model artifact " + artifact + ": " + ex.getMessage(), ex);
		}
		ModelInfo info = new ModelInfo(metadata.version(), metadata.createdAt(),
				metadata.topics().stream().map(Topic::new).toList(), metadata.abstainThreshold(), metadata.description());
		if (objects.length == 1 && objects[0] instanceof RecipeModel model) {
			return new EmbeddingTopicClassifier(model, info, encoders);
		}
		return new WekaTopicClassifier((Classifier) objects[0], (Instances) objects[1],
				TextSegmenters.forName(metadata.segmenter()), info, metadata.temperature());
	}

}
