package com.lcnews.trends.quantify;

import java.util.List;

/**
 * Estimated class shares with an interval each.
 *
 * @param labels class codes, in the order of the arrays
 * @param shares point estimate of each class's share (summing to 1)
 * @param lower lower end of each share's interval
 * @param upper upper end of each share's interval
 * @param level the intervals' nominal coverage, e.g. 0.95
 * @param items how many items the estimate is about
 */
public record PrevalenceEstimate(List<String> labels, double[] shares, double[] lower, double[] upper, double level,
		long items) {

	public PrevalenceEstimate {
		labels = List.copyOf(labels);
		shares = shares.clone();
		lower = lower.clone();
		upper = upper.clone();
	}

	/** The share of a class, 0 when the class is not among the labels. */
	public double share(String label) {
		int i = labels.indexOf(label);
		return i < 0 ? 0 : shares[i];
	}

}
