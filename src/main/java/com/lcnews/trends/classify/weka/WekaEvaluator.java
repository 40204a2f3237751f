package com.lcnews.trends.classify.weka;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.lcnews.trends.classify.EvaluationReport;
import com.lcnews.trends.classify.EvaluationReport.Candidate;
import com.lcnews.trends.classify.EvaluationReport.CurvePoint;
import com.lcnews.trends.classify.LabelledText;
import com.lcnews.trends.classify.TopicClassifier;

import weka.core.Instances;
import weka.experiment.PairedStatsCorrected;

/** Turns cross-validation results into {@link EvaluationReport}s: candidates, learning curve, held-out tests. */
final class WekaEvaluator {

	static final double[] CURVE_SHARES = { 0.25, 0.5, 0.75, 1.0 };

	private WekaEvaluator() {
	}

	/** A compared recipe with its cross-validation result. */
	record Run(String segmenter, String learner, CrossValidator.Result result) {

		double macroF1() {
			return Metrics.mean(result.foldMacroF1());
		}

	}

	/** Candidates best first, each tested against the best with the corrected resampled t-test on macro-F1. */
	static List<Candidate> compare(List<Run> runs, int folds) {
		List<Run> sorted = runs.stream().sorted(Comparator.comparingDouble(Run::macroF1).reversed()).toList();
		Run best = sorted.get(0);
		List<Candidate> candidates = new ArrayList<>();
		for (Run run : sorted) {
			double p = 1;
			String verdict = "best";
			if (run != best) {
				PairedStatsCorrected stats = new PairedStatsCorrected(0.05, 1.0 / (folds - 1));
				stats.add(best.result().foldMacroF1(), run.result().foldMacroF1());
				stats.calculateDerived();
				p = Double.isNaN(stats.differencesProbability) ? 1 : stats.differencesProbability;
				verdict = stats.differencesSignificance != 0 ? "worse" : "tie";
			}
			CrossValidator.Result r = run.result();
			candidates.add(new Candidate(run.segmenter(), run.learner(), Metrics.mean(r.foldAccuracy()),
					Metrics.sd(r.foldAccuracy()), run.macroF1(), Metrics.sd(r.foldMacroF1()), r.seconds(), p, verdict));
		}
		return candidates;
	}

	/** Learning curve of one recipe, one repetition per share (the full share reuses the chosen run). */
	static List<CurvePoint> learningCurve(Instances data, String learner, int folds, long seed, ProgressMeter progress,
			CrossValidator.Result full) throws Exception {
		List<CurvePoint> points = new ArrayList<>();
		CrossValidator once = new CrossValidator(folds, 1, seed, progress);
		for (double share : CURVE_SHARES) {
			CrossValidator.Result r = share >= 1 ? full : once.run(data, learner, share, "learning curve " + share);
			points.add(new CurvePoint(share, r.meanTrainingSize(), Metrics.mean(r.foldAccuracy()),
					Metrics.mean(r.foldMacroF1())));
		}
		return points;
	}

	/** The report of a cross-validated recipe. */
	static EvaluationReport report(String data, int size, int folds, int repeats, long seed, List<String> topics,
			CrossValidator.Result r, EvaluationReport.Calibration calibration, List<CurvePoint> curve,
			List<Candidate> candidates) {
		return new EvaluationReport(data, size, folds, repeats, seed, Metrics.mean(r.foldAccuracy()),
				Metrics.sd(r.foldAccuracy()), Metrics.mean(r.foldMacroF1()), Metrics.sd(r.foldMacroF1()),
				Metrics.perTopic(r.confusion(), topics), topics, r.confusion(), calibration, curve, candidates);
	}

	/** Evaluates a trained classifier on held-out texts (its best topic, abstentions not counted as errors apart). */
	static EvaluationReport heldOut(TopicClassifier model, List<LabelledText> data, String description) {
		List<String> topics = model.topics().stream().map(t -> t.code()).toList();
		int[][] confusion = new int[topics.size()][topics.size()];
		int abstained = 0;
		int rightAbove = 0;
		for (LabelledText item : data) {
			int actual = topics.indexOf(item.topic().code());
			if (actual < 0) {
				throw new IllegalArgumentException(item.origin() + ": topic '" + item.topic()
						+ "' is not one of the model's topics " + topics);
			}
			var prediction = model.classify(item.text());
			confusion[actual][topics.indexOf(prediction.best().code())]++;
			if (prediction.unclassified()) {
				abstained++;
			}
			else if (prediction.best().equals(item.topic())) {
				rightAbove++;
			}
		}
		int kept = data.size() - abstained;
		var calibration = new EvaluationReport.Calibration(Double.NaN, Double.NaN, Double.NaN,
				model.model().abstainThreshold(), data.isEmpty() ? 0 : (double) kept / data.size(),
				kept == 0 ? 0 : (double) rightAbove / kept);
		double accuracy = Metrics.accuracy(confusion);
		return new EvaluationReport(description, data.size(), 0, 1, 0, accuracy, 0, Metrics.macroF1(confusion), 0,
				Metrics.perTopic(confusion, topics), topics, confusion, calibration, List.of(), List.of());
	}

}
