package com.lcnews.trends.classify;

import java.util.List;

/**
 * How well a model (or a training recipe) classifies labelled texts. For cross-validation the figures are means over
 * all folds of all repetitions; for a held-out test file {@code folds} is 0.
 *
 * @param data what was evaluated (file and hash)
 * @param size number of labelled texts
 * @param folds folds per repetition, 0 for a held-out test
 * @param repeats repetitions of the cross-validation
 * @param seed random seed of fold assignment
 * @param accuracy share of texts whose best topic is the label
 * @param accuracySd standard deviation of accuracy over folds (0 for a held-out test)
 * @param macroF1 unweighted mean of per-topic F1 over the topics present in the data
 * @param macroF1Sd standard deviation of macro-F1 over folds
 * @param perTopic precision, recall and F1 per topic, from the pooled confusion matrix
 * @param labels the topic codes of the confusion matrix rows (actual) and columns (predicted)
 * @param confusion pooled counts, [actual][predicted]
 * @param calibration probability quality and the abstain decision
 * @param learningCurve macro-F1 with growing shares of the training folds (empty when not computed)
 * @param candidates the recipes compared, best first (empty when not computed)
 * @param recipe the chosen recipe's name, e.g. {@code lr@256+nbm/words} (null in reports of older models)
 * @param reads how much of an article the chosen recipe reads, for people
 */
public record EvaluationReport(String data, int size, int folds, int repeats, long seed, double accuracy,
		double accuracySd, double macroF1, double macroF1Sd, List<TopicScores> perTopic, List<String> labels,
		int[][] confusion, Calibration calibration, List<CurvePoint> learningCurve, List<Candidate> candidates,
		String recipe, String reads) {

	public EvaluationReport {
		perTopic = List.copyOf(perTopic);
		labels = List.copyOf(labels);
		learningCurve = List.copyOf(learningCurve == null ? List.of() : learningCurve);
		candidates = List.copyOf(candidates == null ? List.of() : candidates);
	}

	/** A report without recipe name (held-out tests of a model). */
	public EvaluationReport(String data, int size, int folds, int repeats, long seed, double accuracy,
			double accuracySd, double macroF1, double macroF1Sd, List<TopicScores> perTopic, List<String> labels,
			int[][] confusion, Calibration calibration, List<CurvePoint> learningCurve, List<Candidate> candidates) {
		this(data, size, folds, repeats, seed, accuracy, accuracySd, macroF1, macroF1Sd, perTopic, labels, confusion,
				calibration, learningCurve, candidates, null, null);
	}

	/** Scores of one topic; {@code support} is the number of texts labelled with it. */
	public record TopicScores(String topic, double precision, double recall, double f1, int support) {
	}

	/**
	 * Probability calibration measured on out-of-fold predictions.
	 *
	 * @param temperature the fitted temperature T (probabilities are raised to 1/T and renormalised)
	 * @param eceBefore expected calibration error (10 bins) of the raw probabilities
	 * @param eceAfter expected calibration error after temperature scaling
	 * @param abstainThreshold confidence under which the model answers "unclassified"
	 * @param coverage share of texts at or above the threshold
	 * @param precisionAbove accuracy on the texts at or above the threshold
	 */
	public record Calibration(double temperature, double eceBefore, double eceAfter, double abstainThreshold,
			double coverage, double precisionAbove) {
	}

	/** One point of the learning curve: training share, mean training size, mean accuracy and macro-F1. */
	public record CurvePoint(double share, int trainingSize, double accuracy, double macroF1) {
	}

	/**
	 * One compared recipe with its cross-validated means and, against the best recipe, the corrected resampled t-test
	 * (Nadeau and Bengio) on macro-F1.
	 *
	 * @param segmenter what the recipe reads: a segmenter, an embedding spec, or both
	 * @param learner the recipe's learner ({@code zero-shot}, {@code prototypes}, {@code lr}, {@code nbm}, ...)
	 * @param pValue two-sided p-value of the difference to the best recipe (1 for the best itself)
	 * @param verdict {@code best}, {@code worse} (significant at 0.05) or {@code tie}
	 * @param recipe the recipe's name (null in reports of older models)
	 * @param leadChars characters of the text its embedding reads, 0 when it reads the whole text only
	 */
	public record Candidate(String segmenter, String learner, double accuracy, double accuracySd, double macroF1,
			double macroF1Sd, double trainSeconds, double pValue, String verdict, String recipe, int leadChars) {

		/** A text recipe of an older report. */
		public Candidate(String segmenter, String learner, double accuracy, double accuracySd, double macroF1,
				double macroF1Sd, double trainSeconds, double pValue, String verdict) {
			this(segmenter, learner, accuracy, accuracySd, macroF1, macroF1Sd, trainSeconds, pValue, verdict,
					learner + "/" + segmenter, 0);
		}

	}

}
