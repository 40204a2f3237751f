package com.lcnews.trends.quantify;

/**
 * Maximum-likelihood class shares when each item is predicted as class j with probability
 * {@code Σ_i p_i R[i][j]}: the expectation-maximisation update {@code p_i ← Σ_j q_j p_i R[i][j] / Σ_k p_k R[k][j]},
 * which keeps {@code p} on the simplex and never lowers the likelihood.
 */
final class ConfusionLikelihood {

	static final int MAX_ITERATIONS = 10_000;

	static final double TOLERANCE = 1e-10;

	private ConfusionLikelihood() {
	}

	static double[] maximise(double[][] rates, double[] observed) {
		int k = rates.length;
		int m = observed.length;
		double[] p = Simplex.normalise(new double[k]);
		double[] expected = new double[m];
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			for (int j = 0; j < m; j++) {
				double e = 0;
				for (int i = 0; i < k; i++) {
					e += p[i] * rates[i][j];
				}
				expected[j] = e;
			}
			double[] next = new double[k];
			for (int i = 0; i < k; i++) {
				double s = 0;
				for (int j = 0; j < m; j++) {
					if (observed[j] > 0 && expected[j] > 0) {
						s += observed[j] * rates[i][j] / expected[j];
					}
				}
				next[i] = p[i] * s;
			}
			next = Simplex.normalise(next);
			double change = 0;
			for (int i = 0; i < k; i++) {
				change += Math.abs(next[i] - p[i]);
			}
			p = next;
			if (change < TOLERANCE) {
				break;
			}
		}
		return p;
	}

}
