package com.lcnews.trends.classify.weka;

import java.util.List;

import com.lcnews.trends.classify.EvaluationReport.Calibration;

/**
 * Temperature scaling fitted on out-of-fold probabilities (minimum log-loss over a grid of temperatures), and the
 * abstain threshold: the lowest calibrated confidence at which out-of-fold accuracy reaches the target precision.
 */
final class Calibrator {

	/** An out-of-fold prediction: the learner's distribution and the index of the true topic. */
	record Outcome(double[] distribution, int actual) {
	}

	private static final double EPSILON = 1e-9;

	private Calibrator() {
	}

	static Calibration calibrate(List<Outcome> outcomes, double targetPrecision) {
		double temperature = fitTemperature(outcomes);
		double before = expectedCalibrationError(outcomes, 1);
		double after = expectedCalibrationError(outcomes, temperature);
		double threshold = 0.95;
		for (int step = 0; step <= 19; step++) {
			double t = step * 0.05;
			if (accuracyAbove(outcomes, temperature, t)[0] >= targetPrecision) {
				threshold = t;
				break;
			}
		}
		double[] above = accuracyAbove(outcomes, temperature, threshold);
		return new Calibration(temperature, before, after, threshold, above[1], above[0]);
	}

	/**
	 * Probabilities raised to 1/T and renormalised, computed in log space so that the tiny probabilities of a
	 * confident naive Bayes model keep their order instead of collapsing to one floor value.
	 */
	static double[] scale(double[] distribution, double temperature) {
		double[] scaled = new double[distribution.length];
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < scaled.length; i++) {
			scaled[i] = Math.log(Math.max(distribution[i], Double.MIN_NORMAL)) / temperature;
			max = Math.max(max, scaled[i]);
		}
		double sum = 0;
		for (int i = 0; i < scaled.length; i++) {
			scaled[i] = Math.exp(scaled[i] - max);
			sum += scaled[i];
		}
		for (int i = 0; i < scaled.length; i++) {
			scaled[i] /= sum;
		}
		return scaled;
	}

	static double fitTemperature(List<Outcome> outcomes) {
		double best = 1;
		double bestLoss = Double.MAX_VALUE;
		for (int step = -50; step <= 60; step++) {
			double t = Math.pow(10, step / 20.0);
			double loss = 0;
			for (Outcome o : outcomes) {
				loss -= Math.log(Math.max(scale(o.distribution(), t)[o.actual()], EPSILON));
			}
			if (loss < bestLoss - 1e-12) {
				bestLoss = loss;
				best = t;
			}
		}
		return best;
	}

	/** Expected calibration error with 10 equal-width confidence bins. */
	static double expectedCalibrationError(List<Outcome> outcomes, double temperature) {
		double[] confidence = new double[10];
		double[] correct = new double[10];
		int[] count = new int[10];
		for (Outcome o : outcomes) {
			double[] p = scale(o.distribution(), temperature);
			int best = Metrics.argmax(p);
			int bin = Math.min(9, (int) (p[best] * 10));
			confidence[bin] += p[best];
			correct[bin] += best == o.actual() ? 1 : 0;
			count[bin]++;
		}
		double ece = 0;
		for (int b = 0; b < 10; b++) {
			if (count[b] > 0) {
				ece += Math.abs(correct[b] - confidence[b]) / outcomes.size();
			}
		}
		return ece;
	}

	/** Accuracy of the outcomes with calibrated confidence at or above {@code t}, and their share. */
	private static double[] accuracyAbove(List<Outcome> outcomes, double temperature, double t) {
		int kept = 0;
		int right = 0;
		for (Outcome o : outcomes) {
			double[] p = scale(o.distribution(), temperature);
			int best = Metrics.argmax(p);
			if (p[best] >= t) {
				kept++;
				right += best == o.actual() ? 1 : 0;
			}
		}
		return new double[] { kept == 0 ? 0 : (double) right / kept, outcomes.isEmpty() ? 0 : (double) kept / outcomes.size() };
	}

}
