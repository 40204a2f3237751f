package com.lcnews.trends.quantify;

/**
 * Minimises {@code ||R^T p - q||^2} over the simplex by accelerated projected gradient (FISTA), where
 * {@code R[i][j] = P(predicted j | actual i)} and {@code q} the observed prediction shares.
 */
final class SimplexLeastSquares {

	static final int MAX_ITERATIONS = 5000;

	static final double TOLERANCE = 1e-12;

	private SimplexLeastSquares() {
	}

	static double[] solve(double[][] rates, double[] observed) {
		int k = rates.length;
		double step = 1 / lipschitz(rates);
		double[] p = Simplex.normalise(new double[k]);
		double[] y = p.clone();
		double t = 1;
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			double[] gradient = gradient(rates, observed, y);
			double[] next = new double[k];
			for (int i = 0; i < k; i++) {
				next[i] = y[i] - step * gradient[i];
			}
			next = Simplex.project(next);
			double tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
			double change = 0;
			for (int i = 0; i < k; i++) {
				y[i] = next[i] + (t - 1) / tNext * (next[i] - p[i]);
				change += Math.abs(next[i] - p[i]);
			}
			p = next;
			t = tNext;
			if (change < TOLERANCE) {
				break;
			}
		}
		return p;
	}

	/** Gradient of the objective: {@code 2 R (R^T p - q)}. */
	private static double[] gradient(double[][] rates, double[] observed, double[] p) {
		int k = rates.length;
		int m = observed.length;
		double[] residual = new double[m];
		for (int j = 0; j < m; j++) {
			double expected = 0;
			for (int i = 0; i < k; i++) {
				expected += p[i] * rates[i][j];
			}
			residual[j] = expected - observed[j];
		}
		double[] g = new double[k];
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < m; j++) {
				g[i] += 2 * rates[i][j] * residual[j];
			}
		}
		return g;
	}

	/** An upper bound of the gradient's Lipschitz constant: twice the squared Frobenius norm of R. */
	private static double lipschitz(double[][] rates) {
		double sum = 0;
		for (double[] row : rates) {
			for (double v : row) {
				sum += v * v;
			}
		}
		return Math.max(2 * sum, 1e-12);
	}

}
