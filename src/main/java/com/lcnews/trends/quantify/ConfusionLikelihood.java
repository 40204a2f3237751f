package com.lcnews.trends.quantify;

import java.util.Arrays;

/**
 * Maximum-likelihood class shares when each item is predicted as class j with probability
 * {@code e_j = Σ_i p_i R[i][j]}: maximises {@code Σ_j q_j log e_j} over the simplex. The problem is concave; it is
 * solved by an active-set Newton method (a few iterations for the ten to thirty classes of a taxonomy), with the
 * classic expectation-maximisation update {@code p_i ← Σ_j q_j p_i R[i][j] / e_j} as the fallback.
 */
final class ConfusionLikelihood {

	static final int MAX_NEWTON = 100;

	static final int MAX_EM = 20_000;

	static final double TOLERANCE = 1e-9;

	private ConfusionLikelihood() {
	}

	static double[] maximise(double[][] rates, double[] observed) {
		return maximise(rates, observed, Simplex.normalise(new double[rates.length]));
	}

	/** Maximises from a starting point (e.g. a nearby solution). */
	static double[] maximise(double[][] rates, double[] observed, double[] start) {
		double[] p = new Newton(rates, observed).solve(start);
		if (p == null) {
			p = expectationMaximisation(rates, observed, start);
		}
		return p;
	}

	/** Plain EM from a start, until no share moves by more than the tolerance. */
	static double[] expectationMaximisation(double[][] rates, double[] observed, double[] start) {
		double[] p = lifted(start);
		for (int iteration = 0; iteration < MAX_EM; iteration++) {
			double[] next = update(rates, observed, p);
			double change = 0;
			for (int i = 0; i < p.length; i++) {
				change = Math.max(change, Math.abs(next[i] - p[i]));
			}
			p = next;
			if (change < TOLERANCE) {
				break;
			}
		}
		return p;
	}

	/** One EM step. */
	static double[] update(double[][] rates, double[] observed, double[] p) {
		double[] expected = expected(rates, p, observed.length);
		double[] next = new double[rates.length];
		for (int i = 0; i < rates.length; i++) {
			double s = 0;
			for (int j = 0; j < observed.length; j++) {
				if (observed[j] > 0 && expected[j] > 0) {
					s += observed[j] * rates[i][j] / expected[j];
				}
			}
			next[i] = p[i] * s;
		}
		return Simplex.normalise(next);
	}

	static double logLikelihood(double[][] rates, double[] observed, double[] p) {
		double[] expected = expected(rates, p, observed.length);
		double ll = 0;
		for (int j = 0; j < observed.length; j++) {
			if (observed[j] > 0) {
				ll += observed[j] * Math.log(Math.max(expected[j], 1e-300));
			}
		}
		return ll;
	}

	static double[] expected(double[][] rates, double[] p, int m) {
		double[] expected = new double[m];
		for (int i = 0; i < rates.length; i++) {
			if (p[i] != 0) {
				for (int j = 0; j < m; j++) {
					expected[j] += p[i] * rates[i][j];
				}
			}
		}
		return expected;
	}

	private static double[] lifted(double[] start) {
		double[] p = start.clone();
		for (int i = 0; i < p.length; i++) {
			p[i] = Math.max(p[i], 1e-6);
		}
		return Simplex.normalise(p);
	}

	/** Active-set Newton on the simplex: Newton steps on the free shares, shares that reach zero leave the set. */
	private static final class Newton {

		private final double[][] rates;

		private final double[] observed;

		private final int k;

		Newton(double[][] rates, double[] observed) {
			this.rates = rates;
			this.observed = observed;
			this.k = rates.length;
		}

		/** The maximiser, or null when the iteration did not settle. */
		double[] solve(double[] start) {
			double[] p = lifted(start);
			boolean[] free = new boolean[k];
			Arrays.fill(free, true);
			for (int iteration = 0; iteration < MAX_NEWTON; iteration++) {
				double[] expected = expected(rates, p, observed.length);
				double[] gradient = gradient(expected);
				double[] direction = direction(expected, gradient, free);
				if (direction == null) {
					return null;
				}
				if (norm(direction) < TOLERANCE) {
					int enter = mostViolating(gradient, free);
					if (enter < 0) {
						return p;
					}
					free[enter] = true;
					continue;
				}
				p = step(p, direction, gradient, free);
			}
			return null;
		}

		/** Gradient of the log-likelihood. */
		private double[] gradient(double[] expected) {
			double[] g = new double[k];
			for (int i = 0; i < k; i++) {
				for (int j = 0; j < observed.length; j++) {
					if (observed[j] > 0) {
						g[i] += observed[j] * rates[i][j] / expected[j];
					}
				}
			}
			return g;
		}

		/** Newton direction on the free shares, keeping their sum: solves [H 1; 1' 0][d; v] = [-g; 0]. */
		private double[] direction(double[] expected, double[] gradient, boolean[] free) {
			int[] index = freeIndex(free);
			int n = index.length;
			double[][] a = new double[n + 1][n + 2];
			for (int r = 0; r < n; r++) {
				for (int c = 0; c < n; c++) {
					double h = 0;
					for (int j = 0; j < observed.length; j++) {
						if (observed[j] > 0) {
							h += observed[j] * rates[index[r]][j] * rates[index[c]][j] / (expected[j] * expected[j]);
						}
					}
					a[r][c] = h + (r == c ? 1e-10 : 0);
				}
				a[r][n] = 1;
				a[n][r] = 1;
				a[r][n + 1] = gradient[index[r]];
			}
			double[] solution = Gauss.solve(a);
			if (solution == null) {
				return null;
			}
			double[] d = new double[k];
			for (int r = 0; r < n; r++) {
				d[index[r]] = solution[r];
			}
			return d;
		}

		/** Moves along the direction as far as the simplex allows, backtracking until the likelihood rises. */
		private double[] step(double[] p, double[] d, double[] gradient, boolean[] free) {
			double limit = 1;
			int blocking = -1;
			for (int i = 0; i < k; i++) {
				if (free[i] && d[i] < 0 && -p[i] / d[i] < limit) {
					limit = -p[i] / d[i];
					blocking = i;
				}
			}
			double before = logLikelihood(rates, observed, p);
			double slope = 0;
			for (int i = 0; i < k; i++) {
				slope += gradient[i] * d[i];
			}
			for (double t = limit; t > 1e-12; t /= 2) {
				double[] next = new double[k];
				for (int i = 0; i < k; i++) {
					next[i] = Math.max(0, p[i] + t * d[i]);
				}
				if (t == limit && blocking >= 0) {
					next[blocking] = 0;
				}
				next = Simplex.normalise(next);
				if (logLikelihood(rates, observed, next) >= before + 1e-4 * t * slope - 1e-15) {
					if (t == limit && blocking >= 0) {
						free[blocking] = false;
					}
					return next;
				}
			}
			return p;
		}

		/** The fixed (zero) share whose gradient most exceeds the free ones', or -1 when none does (optimal). */
		private int mostViolating(double[] gradient, boolean[] free) {
			double level = 0;
			int n = 0;
			for (int i = 0; i < k; i++) {
				if (free[i]) {
					level += gradient[i];
					n++;
				}
			}
			level = n == 0 ? 0 : level / n;
			int best = -1;
			double margin = 1e-7;
			for (int i = 0; i < k; i++) {
				if (!free[i] && gradient[i] - level > margin) {
					margin = gradient[i] - level;
					best = i;
				}
			}
			return best;
		}

		private int[] freeIndex(boolean[] free) {
			int[] index = new int[k];
			int n = 0;
			for (int i = 0; i < k; i++) {
				if (free[i]) {
					index[n++] = i;
				}
			}
			return Arrays.copyOf(index, n);
		}

		private static double norm(double[] d) {
			double m = 0;
			for (double v : d) {
				m = Math.max(m, Math.abs(v));
			}
			return m;
		}

	}

}
