package com.lcnews.trends.quantify;

import java.util.Arrays;

/** Vectors on the probability simplex: normalising and Euclidean projection. */
final class Simplex {

	private Simplex() {
	}

	/** Scales non-negative values to sum to 1; all zeros give the even vector. */
	static double[] normalise(double[] values) {
		double total = 0;
		for (double v : values) {
			if (v < 0 || Double.isNaN(v)) {
				throw new IllegalArgumentException("counts must be non-negative: " + Arrays.toString(values));
			}
			total += v;
		}
		double[] out = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = total == 0 ? 1.0 / values.length : values[i] / total;
		}
		return out;
	}

	/** The closest point of the simplex to {@code v} (Held, Wolfe and Crowder 1974; Duchi et al. 2008). */
	static double[] project(double[] v) {
		double[] sorted = v.clone();
		Arrays.sort(sorted);
		double cumulative = 0;
		double theta = 0;
		for (int k = sorted.length - 1, n = 1; k >= 0; k--, n++) {
			cumulative += sorted[k];
			double t = (cumulative - 1) / n;
			if (sorted[k] - t > 0) {
				theta = t;
			}
		}
		double[] out = new double[v.length];
		for (int i = 0; i < v.length; i++) {
			out[i] = Math.max(0, v[i] - theta);
		}
		return out;
	}

}
