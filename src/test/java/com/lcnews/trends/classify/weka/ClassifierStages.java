package com.lcnews.trends.classify.weka;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.lcnews.trends.classify.TopicClassifier;
import com.lcnews.trends.classify.text.TextNormalizer;
import com.lcnews.trends.classify.text.TextSegmenter;

import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Benchmark helper (not a test): where the classifier's time goes on one thread, stage by stage, for a model file:
 * normalisation, segmentation, vectorisation (features), the learner, and the rest of {@code classify} (calibration,
 * the prediction object). Each stage is timed as the cumulative pipeline up to it, so the differences are the stages.
 */
public final class ClassifierStages {

	private ClassifierStages() {
	}

	/** Prints the stage times per text for the model of a sidecar file. */
	public static void report(Path sidecar, List<String> texts) throws Exception {
		TopicClassifier loaded = new WekaTrainingService().load(sidecar);
		if (!(loaded instanceof WekaTopicClassifier classifier) || classifier.vectorizer().isEmpty()) {
			System.out.println("  stages: not measured (the model does not take the compiled path)");
			return;
		}
		TextSegmenter segmenter = classifier.segmenter();
		FittedVectorizer vectorizer = classifier.vectorizer().get();
		FittedVectorizer.Counts counts = vectorizer.newCounts();
		Instances dataset = new Instances(vectorizer.outputFormat(), 0);
		Classifier learner = classifier.learnerCopy();
		int[] sink = new int[1];
		double normalise = perText(texts, t -> sink[0] += TextNormalizer.normalize(t).length());
		double segment = perText(texts, t -> segmenter.segment(TextNormalizer.normalize(t), (c, s, n) -> sink[0] += n));
		double vectorise = perText(texts, t -> vectorize(vectorizer, segmenter, t, counts, dataset));
		double learn = perText(texts, t -> {
			try {
				sink[0] += (int) learner.distributionForInstance(vectorize(vectorizer, segmenter, t, counts, dataset))[0];
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		double whole = perText(texts, t -> sink[0] += classifier.classify(t).topic().isPresent() ? 1 : 0);
		System.out.printf(Locale.ROOT, "  classifier stages per text (one thread, %d texts): normalise %.1f µs, "
				+ "segment %.1f µs, features (compiled TF-IDF vector) %.1f µs, learner %.1f µs, "
				+ "calibration and prediction %.1f µs; total %.1f µs = %.0f texts/s%n", texts.size(), normalise,
				segment - normalise, vectorise - segment, learn - vectorise, whole - learn, whole, 1e6 / whole);
	}

	private static Instance vectorize(FittedVectorizer vectorizer, TextSegmenter segmenter, String text,
			FittedVectorizer.Counts counts, Instances dataset) {
		String normalized = TextNormalizer.normalize(text);
		return vectorizer.vectorize(sink -> segmenter.segment(normalized, sink), counts, dataset);
	}

	/** Mean microseconds per text of a stage, after a warm-up pass; best of three passes. */
	private static double perText(List<String> texts, Consumer<String> stage) {
		texts.forEach(stage);
		double best = Double.MAX_VALUE;
		for (int pass = 0; pass < 3; pass++) {
			long t0 = System.nanoTime();
			texts.forEach(stage);
			best = Math.min(best, (System.nanoTime() - t0) / 1e3 / texts.size());
		}
		return best;
	}

}
