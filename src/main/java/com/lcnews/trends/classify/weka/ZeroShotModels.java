package com.lcnews.trends.classify.weka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lcnews.trends.classify.EncoderSpec;
import com.lcnews.trends.classify.EvaluationReport;
import com.lcnews.trends.classify.ModelMetadata;

/**
 * Writes a zero-shot classifier (prototypes of the topic descriptions, no label used) as a model version: the
 * {@link RecipeModel} artifact and a sidecar whose report says it was trained on no labels and how it scored on
 * labelled texts it never saw.
 */
final class ZeroShotModels {

	/** What the training data of a zero-shot model is. */
	static final String NO_LABELS = "no labels: trained on the topic descriptions alone (zero-shot)";

	private ZeroShotModels() {
	}

	static ModelMetadata write(RecipeModel model, ModelMetadata.Source taxonomy, EvaluationReport scored, String name,
			Path modelDir) throws IOException {
		EncoderSpec spec = EncoderSpec.parse(model.encoderId(), model.dimensions());
		Instant now = Instant.now();
		String version = freeVersion(modelDir, name + "-" + WekaTrainingService.STAMP.format(now));
		Map<String, Integer> counts = new LinkedHashMap<>();
		model.topics().forEach(t -> counts.put(t, 0));
		String parameters = String.format(Locale.ROOT,
				"prototypes of the topic descriptions alone (no labels), softmax(%.0f x cosine), temperature %.1f, never abstains",
				PrototypePart.SCALE, model.temperature());
		ModelMetadata metadata = new ModelMetadata(version, now, version + ".model", model.topics(), taxonomy,
				new ModelMetadata.Source(NO_LABELS, taxonomy == null ? "" : taxonomy.sha256(), 0), counts, "none",
				Recipes.embedding(spec), "zero-shot", parameters, 0, model.temperature(), model.abstainThreshold(),
				WekaTrainingService.libraries(spec), report(model, spec, scored), model.recipe(), spec.id());
		WekaModelFiles.write(modelDir, model, metadata);
		return metadata;
	}

	/** The held-out score as the model's report, saying that it trained on nothing; an empty one without labels. */
	static EvaluationReport report(RecipeModel model, EncoderSpec spec, EvaluationReport scored) {
		String data = scored == null ? NO_LABELS + "; not scored: the store holds no labels of its topics"
				: NO_LABELS + "; scored on " + scored.size() + " labelled texts it never saw: " + scored.data();
		double accuracy = scored == null ? Double.NaN : scored.accuracy();
		double macroF1 = scored == null ? Double.NaN : scored.macroF1();
		var candidate = new EvaluationReport.Candidate(spec.id(), "zero-shot", accuracy, 0, macroF1, 0, 0, 1, "best",
				model.recipe(), spec.leadChars());
		var calibration = scored == null ? new EvaluationReport.Calibration(model.temperature(), Double.NaN, Double.NaN,
				model.abstainThreshold(), 1, Double.NaN)
				: new EvaluationReport.Calibration(model.temperature(), Double.NaN, scored.calibration().eceAfter(),
						model.abstainThreshold(), scored.calibration().coverage(), scored.calibration().precisionAbove());
		return new EvaluationReport(data, scored == null ? 0 : scored.size(), 0, 1, 0, accuracy, 0, macroF1, 0,
				scored == null ? List.of() : scored.perTopic(), scored == null ? model.topics() : scored.labels(),
				scored == null ? new int[model.topics().size()][model.topics().size()] : scored.confusion(), calibration,
				List.of(), List.of(candidate), model.recipe(), Recipes.lead(spec));
	}

	/** The version, or with a suffix when a model of that version was written in the same second. */
	private static String freeVersion(Path dir, String version) {
		String free = version;
		for (int n = 2; Files.exists(dir.resolve(free + ".json")); n++) {
			free = version + "-" + n;
		}
		return free;
	}

}
