package com.lcnews.trends.trend;

import java.util.Arrays;
import java.util.Comparator;

/** Exact tests for small counts (binomial tails, Fisher's exact test) and the Benjamini–Hochberg adjustment. */
final class ExactTests {

	private static final double[] LANCZOS = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028,
			771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
			1.5056327351493116e-7 };

	private ExactTests() {
	}

	/** {@code log Γ(x)} for {@code x > 0} (Lanczos, g = 7). */
	static double logGamma(double x) {
		if (x < 0.5) {
			return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
		}
		double z = x - 1;
		double a = LANCZOS[0];
		double t = z + 7.5;
		for (int i = 1; i < LANCZOS.length; i++) {
			a += LANCZOS[i] / (z + i);
		}
		return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
	}

	static double logChoose(long n, long k) {
		return logGamma(n + 1.0) - logGamma(k + 1.0) - logGamma(n - k + 1.0);
	}

	/** {@code log P(X = k)} for {@code X ~ Binomial(n, p)}. */
	static double logBinomial(long k, long n, double p) {
		if (p <= 0) {
			return k == 0 ? 0 : Double.NEGATIVE_INFINITY;
		}
		if (p >= 1) {
			return k == n ? 0 : Double.NEGATIVE_INFINITY;
		}
		return logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p);
	}

	/** {@code P(X ≤ x)} for {@code X ~ Binomial(n, p)}. */
	static double binomialAtMost(long x, long n, double p) {
		if (x < 0) {
			return 0;
		}
		if (x >= n) {
			return 1;
		}
		return Math.min(1, sumExp(0, x, k -> logBinomial(k, n, p)));
	}

	/** {@code P(X ≥ x)} for {@code X ~ Binomial(n, p)}. */
	static double binomialAtLeast(long x, long n, double p) {
		if (x <= 0) {
			return 1;
		}
		if (x > n) {
			return 0;
		}
		return Math.min(1, sumExp(x, n, k -> logBinomial(k, n, p)));
	}

	/**
	 * Two-sided Fisher's exact test of a 2 × 2 table {@code [[a, b], [c, d]]}: the probability, with the margins
	 * fixed, of a table at most as likely as the one observed.
	 */
	static double fisher(long a, long b, long c, long d) {
		long row = a + b;
		long col = a + c;
		long n = a + b + c + d;
		long lo = Math.max(0, col - (n - row));
		long hi = Math.min(row, col);
		double observed = logHypergeometric(a, row, col, n);
		double tolerance = 1e-7;
		return Math.min(1, sumExp(lo, hi, k -> {
			double lp = logHypergeometric(k, row, col, n);
			return lp <= observed + tolerance ? lp : Double.NEGATIVE_INFINITY;
		}));
	}

	private static double logHypergeometric(long k, long row, long col, long n) {
		return logChoose(col, k) + logChoose(n - col, row - k) - logChoose(n, row);
	}

	/**
	 * Benjamini–Hochberg adjusted p-values (q-values), in the order given: a pair is a discovery at false discovery
	 * rate {@code q} when its adjusted value is at most {@code q}.
	 */
	static double[] benjaminiHochberg(double[] p) {
		int m = p.length;
		Integer[] order = new Integer[m];
		for (int i = 0; i < m; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
		double[] q = new double[m];
		double min = 1;
		for (int r = m - 1; r >= 0; r--) {
			min = Math.min(min, p[order[r]] * m / (r + 1));
			q[order[r]] = min;
		}
		return q;
	}

	/** {@code log Σ exp(f(k))} for k from {@code from} to {@code to}, exponentiated; skips negligible tails. */
	private static double sumExp(long from, long to, java.util.function.LongToDoubleFunction logTerm) {
		double max = Double.NEGATIVE_INFINITY;
		double sum = 0;
		for (long k = from; k <= to; k++) {
			double lt = logTerm.applyAsDouble(k);
			if (lt == Double.NEGATIVE_INFINITY) {
				continue;
			}
			if (lt > max) {
				sum = sum * Math.exp(max - lt) + 1;
				max = lt;
			}
			else {
				sum += Math.exp(lt - max);
			}
		}
		return max == Double.NEGATIVE_INFINITY ? 0 : Math.exp(max) * sum;
	}

}
