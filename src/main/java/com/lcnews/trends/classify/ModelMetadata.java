package com.lcnews.trends.classify;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The sidecar JSON written next to a model artifact: everything needed to reproduce, trust and load the model.
 *
 * @param version unique version, e.g. {@code seeds-20261122-183000}
 * @param createdAt when training finished
 * @param artifact file name of the serialised model, next to the sidecar
 * @param topics topic codes the model can assign, in taxonomy order
 * @param taxonomy where the topic list came from and its SHA-256
 * @param trainingData source, SHA-256 over the (text, topic) pairs and size
 * @param classCounts number of training texts per topic
 * @param segmenter segmentation scheme name (see the text package)
 * @param features feature extraction in one line
 * @param learner learner name
 * @param parameters the learner's full option string
 * @param seed random seed of training and evaluation
 * @param temperature calibration temperature applied to the learner's probabilities
 * @param abstainThreshold confidence under which predictions are "unclassified"
 * @param libraries versions of the libraries that built it
 * @param evaluation the cross-validation report
 * @param recipe the recipe of the model, e.g. {@code lr@256+nbm/words}; null for models of the text-only trainer
 * @param encoder the {@code EncoderSpec} id of the vectors the model reads, e.g.
 *        {@code bge-small-zh-v1.5-q8/lead-256}; null when it reads text only
 */
public record ModelMetadata(String version, Instant createdAt, String artifact, List<String> topics, Source taxonomy,
		Source trainingData, Map<String, Integer> classCounts, String segmenter, String features, String learner,
		String parameters, long seed, double temperature, double abstainThreshold, Map<String, String> libraries,
		EvaluationReport evaluation, String recipe, String encoder) {

	/** A data file: where it came from, its SHA-256 and its number of records. */
	public record Source(String path, String sha256, int size) {
	}

	private static final ObjectMapper JSON = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/** The sidecar JSON of this metadata. */
	public String toJson() {
		try {
			return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write the metadata of " + version + ": " + ex.getMessage(), ex);
		}
	}

	/** Parses sidecar JSON. @throws IllegalStateException when it is not model metadata */
	public static ModelMetadata fromJson(String json) {
		try {
			return JSON.readValue(json, ModelMetadata.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Not model metadata: " + ex.getOriginalMessage(), ex);
		}
	}

	/** One line for people: learner, segmenter, macro-F1 (cross-validated, or held out for a zero-shot model). */
	public String description() {
		String f1 = evaluation == null || Double.isNaN(evaluation.macroF1()) ? "n/a"
				: String.format(java.util.Locale.ROOT, "%.3f", evaluation.macroF1());
		if (recipe != null) {
			String how = evaluation != null && evaluation.folds() == 0 ? "held-out" : "CV";
			return recipe + " (" + features + "), " + how + " macro-F1 " + f1;
		}
		return learner + " on " + segmenter + " (" + features + "), CV macro-F1 " + f1;
	}

}
