package com.lcnews.trends.quantify;

import java.util.Arrays;

/**
 * Estimates class shares from predicted-class counts with a {@link PrevalenceMethod} and gives each share an interval
 * that accounts for both sources of doubt: how many items were counted, and how many labelled items the confusion
 * rests on. The interval comes from a posterior simulation: each draw takes the observed prediction mix from
 * {@code Dirichlet(counts + 1/2)} and every confusion row from {@code Dirichlet(effective counts + prior)}, estimates
 * the shares with the method, and the interval is the central {@code level} range of the draws. Draws use a fixed
 * seed, so the same counts always give the same interval. With draws, the reported share is the mean of the draws
 * (the posterior mean, which averages over the doubt about the confusion instead of trusting its point estimate;
 * on few labelled items it is markedly closer to the truth, see docs/README-ui.md); without draws it is the method's
 * point estimate. Thread-safe: every call draws from its own generator.
 */
public final class PrevalenceEstimator {

	/** Draws of the standard estimator. */
	public static final int STANDARD_DRAWS = 200;

	/** Coverage of the standard estimator's intervals. */
	public static final double STANDARD_LEVEL = 0.95;

	private final Confusion confusion;

	private final PrevalenceMethod method;

	private final int draws;

	private final double level;

	private final long seed;

	private final double[][] rates;

	/**
	 * @param draws posterior draws per estimate (0: no interval, the bounds equal the estimate)
	 * @param level nominal coverage of the intervals, between 0 and 1
	 */
	public PrevalenceEstimator(Confusion confusion, PrevalenceMethod method, int draws, double level, long seed) {
		if (level <= 0 || level >= 1) {
			throw new IllegalArgumentException("level must be between 0 and 1, not " + level);
		}
		this.confusion = confusion;
		this.method = method;
		this.draws = Math.max(0, draws);
		this.level = level;
		this.seed = seed;
		this.rates = confusion.rates();
	}

	/** The estimator the product uses: maximum likelihood, 200 posterior draws, 95 % intervals, a fixed seed. */
	public static PrevalenceEstimator standard(Confusion confusion) {
		return new PrevalenceEstimator(confusion, PrevalenceMethod.MAXIMUM_LIKELIHOOD, STANDARD_DRAWS, STANDARD_LEVEL, 42);
	}

	/**
	 * Estimates the shares of the actual classes of items whose predicted classes were counted.
	 *
	 * @param predicted how many items were predicted as each class, in the order of the confusion's labels
	 */
	public PrevalenceEstimate estimate(long[] predicted) {
		if (predicted.length != confusion.size()) {
			throw new IllegalArgumentException("expected " + confusion.size() + " counts, got " + predicted.length);
		}
		double[] counts = Arrays.stream(predicted).asDoubleStream().toArray();
		long items = Arrays.stream(predicted).sum();
		double[] shares = method.estimate(counts, rates);
		if (draws == 0 || items == 0) {
			return new PrevalenceEstimate(confusion.labels(), shares, shares, shares, level, items);
		}
		double[][] samples = simulate(counts, shares);
		double[] mean = new double[shares.length];
		double[] lower = new double[shares.length];
		double[] upper = new double[shares.length];
		double tail = (1 - level) / 2;
		for (int i = 0; i < shares.length; i++) {
			double[] column = samples[i];
			Arrays.sort(column);
			mean[i] = Arrays.stream(column).average().orElse(shares[i]);
			lower[i] = Math.min(mean[i], quantile(column, tail));
			upper[i] = Math.max(mean[i], quantile(column, 1 - tail));
		}
		return new PrevalenceEstimate(confusion.labels(), mean, lower, upper, level, items);
	}

	/** Posterior draws of the shares, {@code [class][draw]}. */
	private double[][] simulate(double[] counts, double[] start) {
		Dirichlet dirichlet = new Dirichlet(seed);
		double[][] effective = confusion.effectiveCounts();
		double[][] prior = confusion.prior(Confusion.PRIOR_ITEMS, true);
		int k = confusion.size();
		double[][] samples = new double[k][draws];
		double[] observedAlpha = new double[k];
		for (int j = 0; j < k; j++) {
			observedAlpha[j] = counts[j] + 0.5;
		}
		double[][] rowAlpha = new double[k][k];
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				rowAlpha[i][j] = effective[i][j] + prior[i][j];
			}
		}
		for (int d = 0; d < draws; d++) {
			double[] observed = dirichlet.draw(observedAlpha);
			double[][] drawnRates = new double[k][];
			for (int i = 0; i < k; i++) {
				drawnRates[i] = dirichlet.draw(rowAlpha[i]);
			}
			double[] p = method == PrevalenceMethod.MAXIMUM_LIKELIHOOD
					? ConfusionLikelihood.maximise(drawnRates, observed, start) : method.estimate(observed, drawnRates);
			for (int i = 0; i < k; i++) {
				samples[i][d] = p[i];
			}
		}
		return samples;
	}

	/** Linear interpolation between order statistics (type 7). */
	static double quantile(double[] sorted, double q) {
		double position = q * (sorted.length - 1);
		int below = (int) Math.floor(position);
		int above = Math.min(sorted.length - 1, below + 1);
		return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
	}

	public Confusion confusion() {
		return confusion;
	}

	public PrevalenceMethod method() {
		return method;
	}

}
