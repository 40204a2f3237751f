package com.lcnews.trends.classify.weka;

import java.util.List;

/**
 * A combination of parts: the normalised geometric mean of their distributions, each first scaled by its own
 * temperature (fitted on its out-of-fold predictions), so an over-confident part (naive Bayes) does not drown a
 * well-calibrated one.
 */
final class MixturePart implements Part {

	private static final long serialVersionUID = 1L;

	private final List<Part> parts;

	private final double[] temperatures;

	MixturePart(List<Part> parts, double[] temperatures) {
		this.parts = List.copyOf(parts);
		this.temperatures = temperatures.clone();
	}

	@Override
	public double[] distribution(Features features) {
		double[][] each = new double[parts.size()][];
		for (int p = 0; p < parts.size(); p++) {
			each[p] = parts.get(p).distribution(features);
		}
		return combine(each, temperatures);
	}

	/** The mixture of given part distributions. */
	static double[] combine(double[][] distributions, double[] temperatures) {
		int k = distributions[0].length;
		double[] logs = new double[k];
		for (int p = 0; p < distributions.length; p++) {
			double[] scaled = Calibrator.scale(distributions[p], temperatures[p]);
			for (int c = 0; c < k; c++) {
				logs[c] += Math.log(Math.max(scaled[c], 1e-300)) / distributions.length;
			}
		}
		double max = Double.NEGATIVE_INFINITY;
		for (double l : logs) {
			max = Math.max(max, l);
		}
		double sum = 0;
		double[] out = new double[k];
		for (int c = 0; c < k; c++) {
			out[c] = Math.exp(logs[c] - max);
			sum += out[c];
		}
		for (int c = 0; c < k; c++) {
			out[c] /= sum;
		}
		return out;
	}

	@Override
	public Part forFold() {
		parts.forEach(Part::forFold);
		return this;
	}

	List<Part> parts() {
		return parts;
	}

	double[] temperatures() {
		return temperatures.clone();
	}

	@Override
	public boolean readsVector() {
		return parts.stream().anyMatch(Part::readsVector);
	}

	@Override
	public String segmenter() {
		return parts.stream().map(Part::segmenter).filter(s -> s != null).findFirst().orElse(null);
	}

}
