package com.lcnews.trends.quantify;

import java.util.List;

/**
 * A classifier's cross-validated confusion: how often items of each actual class were predicted as each class.
 * Cross-validation repeated {@code repeats} times predicts every labelled item {@code repeats} times, so the pooled
 * counts are divided by it to get the number of items the rates rest on.
 *
 * @param labels class codes of rows (actual) and columns (predicted), in the same order
 * @param counts pooled counts, {@code [actual][predicted]}
 * @param repeats how many times each item was predicted (repetitions of the cross-validation), at least 1
 */
public record Confusion(List<String> labels, int[][] counts, int repeats) {

	/** Prior weight, in items, spread evenly over a row so that rows with few items are not taken at face value. */
	static final double PRIOR_ITEMS = 1.0;

	public Confusion {
		labels = List.copyOf(labels);
		if (counts.length != labels.size()) {
			throw new IllegalArgumentException("confusion has " + counts.length + " rows for " + labels.size() + " labels");
		}
		int[][] copy = new int[counts.length][];
		for (int i = 0; i < counts.length; i++) {
			if (counts[i].length != labels.size()) {
				throw new IllegalArgumentException("confusion row " + i + " has " + counts[i].length + " columns for "
						+ labels.size() + " labels");
			}
			copy[i] = counts[i].clone();
			for (int c : copy[i]) {
				if (c < 0) {
					throw new IllegalArgumentException("negative count in confusion row " + i);
				}
			}
		}
		counts = copy;
		if (repeats < 1) {
			throw new IllegalArgumentException("repeats must be at least 1, not " + repeats);
		}
	}

	/** Number of classes. */
	public int size() {
		return labels.size();
	}

	/** Items behind each cell: the pooled count divided by the repetitions. */
	double[][] effectiveCounts() {
		double[][] e = new double[size()][size()];
		for (int i = 0; i < size(); i++) {
			for (int j = 0; j < size(); j++) {
				e[i][j] = (double) counts[i][j] / repeats;
			}
		}
		return e;
	}

	/**
	 * Rates {@code P(predicted j | actual i)}: each row's effective counts plus a prior worth {@link #PRIOR_ITEMS}
	 * items, normalised. The prior row is the classifier's average behaviour (its overall accuracy on the diagonal, the
	 * rest spread evenly), so a class with few labelled items is assumed to be recognised about as well as the others
	 * until its own items say otherwise; a class never seen gets the prior row.
	 */
	public double[][] rates() {
		return rates(PRIOR_ITEMS, true);
	}

	/** Rates with a prior of {@code priorItems} items, shaped like the average row or spread evenly. */
	double[][] rates(double priorItems, boolean averagePrior) {
		double[][] e = effectiveCounts();
		double[][] prior = prior(priorItems, averagePrior);
		double[][] rates = new double[size()][size()];
		for (int i = 0; i < size(); i++) {
			double total = 0;
			for (int j = 0; j < size(); j++) {
				total += e[i][j] + prior[i][j];
			}
			for (int j = 0; j < size(); j++) {
				rates[i][j] = total == 0 ? 1.0 / size() : (e[i][j] + prior[i][j]) / total;
			}
		}
		return rates;
	}

	/** The prior pseudo-counts of each cell. */
	double[][] prior(double priorItems, boolean averagePrior) {
		int k = size();
		double accuracy = averagePrior ? accuracy() : 1.0 / k;
		double off = k == 1 ? 0 : (1 - accuracy) / (k - 1);
		double[][] prior = new double[k][k];
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				prior[i][j] = priorItems * (k == 1 ? 1 : i == j ? accuracy : off);
			}
		}
		return prior;
	}

	/** Share of the pooled counts on the diagonal; 1/size when there are none. */
	public double accuracy() {
		long right = 0;
		long all = 0;
		for (int i = 0; i < size(); i++) {
			for (int j = 0; j < size(); j++) {
				all += counts[i][j];
				right += i == j ? counts[i][j] : 0;
			}
		}
		return all == 0 ? 1.0 / size() : (double) right / all;
	}

	/** Items of each actual class behind the rates (pooled row sums divided by the repetitions). */
	public double[] support() {
		double[] s = new double[size()];
		double[][] e = effectiveCounts();
		for (int i = 0; i < size(); i++) {
			for (double v : e[i]) {
				s[i] += v;
			}
		}
		return s;
	}

}
