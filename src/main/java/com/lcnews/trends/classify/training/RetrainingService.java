package com.lcnews.trends.classify.training;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;

import com.lcnews.trends.classify.KnownVectors;
import com.lcnews.trends.classify.LabelledText;
import com.lcnews.trends.classify.ModelArtifacts;
import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.ModelRegistry;
import com.lcnews.trends.classify.TopicDescription;
import com.lcnews.trends.classify.TrainingOptions;
import com.lcnews.trends.classify.TrainingService;

/**
 * Retraining for the dashboard: the seed labels plus labels made since (dashboard corrections), on the topics of the
 * store's taxonomy, with the same recipe search the {@code train} command uses by default, written to the data home's
 * model folder and registered in the store.
 */
@Service
public class RetrainingService {

	private final TrainingService training;

	private final TrainingData trainingData;

	private final ModelArtifacts artifacts;

	private final ModelRegistry registry;

	RetrainingService(TrainingService training, TrainingData trainingData, ModelArtifacts artifacts,
			ModelRegistry registry) {
		this.training = training;
		this.trainingData = trainingData;
		this.artifacts = artifacts;
		this.registry = registry;
	}

	/** How the store's taxonomy is named in a model's metadata. */
	public static final String STORE_TAXONOMY = "the store's taxonomy (table topic)";

	/**
	 * Trains a new model version on the given topics. A text labelled both in the seeds and later keeps only the later
	 * label; labels of a topic that is not among {@code topics} (retired or unknown) are left out, with a warning. The
	 * {@code stored} vectors (those kept beside the articles) are taken first: no network runs for a text whose vector
	 * the store holds.
	 *
	 * @param laterLabels labelled article texts from the store (newest label per article)
	 * @param topics the topics to learn with their descriptions: the active topics of the store's taxonomy
	 * @param progress receives one line per step (warnings, folds done, time left)
	 */
	public ModelMetadata retrain(List<LabelledText> laterLabels, List<TopicDescription> topics, KnownVectors stored,
			Consumer<String> progress) throws IOException {
		var loaded = trainingData.load(List.of(), null, TrainingData.GivenTopics.of(topics, STORE_TAXONOMY, true));
		loaded.warnings().forEach(w -> progress.accept("warning: " + w));
		Map<String, LabelledText> byText = new LinkedHashMap<>();
		loaded.texts().forEach(t -> byText.put(t.text(), t));
		Map<String, Integer> leftOut = new TreeMap<>();
		for (LabelledText t : laterLabels) {
			if (loaded.topics().contains(t.topic().code())) {
				byText.put(t.text(), t);
			}
			else {
				leftOut.merge(t.topic().code(), 1, Integer::sum);
			}
		}
		leftOut.forEach((code, n) -> progress.accept("warning: " + n + " dashboard label(s) of topic '" + code
				+ "' left out: it is retired or unknown in " + STORE_TAXONOMY));
		List<LabelledText> texts = new ArrayList<>(byText.values());
		progress.accept("training on " + texts.size() + " labelled texts (" + loaded.texts().size() + " seed, "
				+ laterLabels.size() + " from the dashboard)");
		var options = TrainingOptions.defaults("seeds");
		var data = new ModelMetadata.Source(loaded.data().path() + " + store labels", TrainingData.dataHash(texts),
				texts.size());
		ModelMetadata metadata = training.withKnownVectors(stored).train(texts, loaded.descriptions(), loaded.taxonomy(), data, options,
				artifacts.folder(), progress);
		registry.register(metadata, artifacts.artifactName(artifacts.folder().resolve(metadata.version() + ".json")));
		return metadata;
	}

}
