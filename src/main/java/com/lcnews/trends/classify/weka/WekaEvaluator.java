package com.lcnews.trends.classify.weka;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.lcnews.trends.classify.EvaluationReport;
import com.lcnews.trends.classify.EvaluationReport.Candidate;
import com.lcnews.trends.classify.EvaluationReport.CurvePoint;
import com.lcnews.trends.classify.LabelledText;
import com.lcnews.trends.classify.Prediction;
import com.lcnews.trends.classify.TopicClassifier;

import weka.experiment.PairedStatsCorrected;

/** Turns cross-validation results into {@link EvaluationReport}s: candidates, chosen recipe, held-out tests. */
final class WekaEvaluator {

	static final double[] CURVE_SHARES = { 0.25, 0.5, 0.75, 1.0 };

	private WekaEvaluator() {
	}

	/** Runs best first (mean macro-F1 over the folds). */
	static List<RecipeSearch.Run> rank(List<RecipeSearch.Run> runs) {
		return runs.stream().sorted(Comparator.comparingDouble(RecipeSearch.Run::macroF1).reversed()).toList();
	}

	/** Candidates best first, each tested against the best with the corrected resampled t-test on macro-F1. */
	static List<Candidate> compare(List<RecipeSearch.Run> ranked, int folds) {
		RecipeSearch.Run best = ranked.get(0);
		List<Candidate> candidates = new ArrayList<>();
		for (RecipeSearch.Run run : ranked) {
			double p = 1;
			String verdict = "best";
			if (run != best) {
				PairedStatsCorrected stats = new PairedStatsCorrected(0.05, 1.0 / Math.max(1, folds - 1));
				stats.add(best.foldMacroF1(), run.foldMacroF1());
				stats.calculateDerived();
				p = Double.isNaN(stats.differencesProbability) ? 1 : stats.differencesProbability;
				verdict = stats.differencesSignificance != 0 ? "worse" : "tie";
			}
			var recipe = run.recipe();
			candidates.add(new Candidate(recipe.features(), recipe.learner(), Metrics.mean(run.foldAccuracy()),
					Metrics.sd(run.foldAccuracy()), run.macroF1(), Metrics.sd(run.foldMacroF1()), run.seconds(), p,
					verdict, recipe.name(), recipe.leadChars()));
		}
		return candidates;
	}

	/** The report of a cross-validated recipe. */
	static EvaluationReport report(String data, int size, int folds, int repeats, long seed, List<String> topics,
			RecipeSearch.Run r, EvaluationReport.Calibration calibration, List<CurvePoint> curve,
			List<Candidate> candidates, String reads) {
		return new EvaluationReport(data, size, folds, repeats, seed, Metrics.mean(r.foldAccuracy()),
				Metrics.sd(r.foldAccuracy()), r.macroF1(), Metrics.sd(r.foldMacroF1()),
				Metrics.perTopic(r.confusion(), topics), topics, r.confusion(), calibration, curve, candidates,
				r.recipe().name(), reads);
	}

	/** Evaluates a trained classifier on held-out texts (its best topic, abstentions not counted as errors apart). */
	/** The model's predictions of the texts, in order, classified on all cores (models are thread-safe). */
	private static List<Prediction> classifyOnAllCores(TopicClassifier model, List<LabelledText> data) {
		Prediction[] predictions = new Prediction[data.size()];
		List<java.util.concurrent.Callable<Void>> tasks = new ArrayList<>(data.size());
		for (int i = 0; i < data.size(); i++) {
			int row = i;
			tasks.add(() -> {
				predictions[row] = model.classify(data.get(row).text());
				return null;
			});
		}
		try {
			RecipeSearch.runAll(tasks);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Classification failed: " + ex.getMessage(), ex);
		}
		return java.util.Arrays.asList(predictions);
	}

	static EvaluationReport heldOut(TopicClassifier model, List<LabelledText> data, String description) {
		List<String> topics = model.topics().stream().map(t -> t.code()).toList();
		int[][] confusion = new int[topics.size()][topics.size()];
		int abstained = 0;
		int rightAbove = 0;
		List<Calibrator.Outcome> outcomes = new ArrayList<>();
		for (LabelledText item : data) {
			if (!topics.contains(item.topic().code())) {
				throw new IllegalArgumentException(item.origin() + ": topic '" + item.topic()
						+ "' is not one of the model's topics " + topics);
			}
		}
		List<Prediction> predictions = classifyOnAllCores(model, data);
		for (int n = 0; n < data.size(); n++) {
			LabelledText item = data.get(n);
			int actual = topics.indexOf(item.topic().code());
			var prediction = predictions.get(n);
			confusion[actual][topics.indexOf(prediction.best().code())]++;
			outcomes.add(new Calibrator.Outcome(
					model.topics().stream().mapToDouble(t -> prediction.scores().get(t)).toArray(), actual));
			if (prediction.unclassified()) {
				abstained++;
			}
			else if (prediction.best().equals(item.topic())) {
				rightAbove++;
			}
		}
		int kept = data.size() - abstained;
		double ece = outcomes.isEmpty() ? Double.NaN : Calibrator.expectedCalibrationError(outcomes, 1);
		var calibration = new EvaluationReport.Calibration(Double.NaN, Double.NaN, ece,
				model.model().abstainThreshold(), data.isEmpty() ? 0 : (double) kept / data.size(),
				kept == 0 ? 0 : (double) rightAbove / kept);
		double accuracy = Metrics.accuracy(confusion);
		return new EvaluationReport(description, data.size(), 0, 1, 0, accuracy, 0, Metrics.macroF1(confusion), 0,
				Metrics.perTopic(confusion, topics), topics, confusion, calibration, List.of(), List.of());
	}

}
