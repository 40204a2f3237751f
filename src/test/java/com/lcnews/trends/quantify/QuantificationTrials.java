package com.lcnews.trends.quantify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Benchmark trials: collections with shifted class mixes drawn from held-out predictions, and the mean absolute error
 * of each way of estimating their class shares. Each trial draws a class mix from a symmetric Dirichlet (smaller
 * {@code alpha}: further from the training mix), then {@code n} held-out items with that mix (with replacement within a
 * class), and compares the estimates with the mix actually drawn.
 */
public final class QuantificationTrials {

	/** One held-out item: its actual class, the classifier's best class, whether it abstained, its scores. */
	public record HeldOut(int actual, int best, boolean abstained, double[] scores) {
	}

	/** Mean absolute error (mean over classes, then over trials) of every estimate, with its standard deviation. */
	public record Result(int n, double alpha, int trials, double[] mean, double[] sd, double coverage, double width) {

		public String row(String name) {
			StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "| %s | %d | %.1f | %d |", name, n, alpha, trials));
			for (int m = 0; m < mean.length; m++) {
				b.append(String.format(Locale.ROOT, " %.2f ± %.2f |", 100 * mean[m], 100 * sd[m]));
			}
			b.append(String.format(Locale.ROOT, " %.0f%% | %.1f |", 100 * coverage, 100 * width));
			return b.toString();
		}

	}

	/** Column names of {@link Result#mean()}, in order. */
	public static final List<String> ESTIMATES = List.of("CC", "PCC", "ACC", "ML", "Bayes",
			"CC as charted (abstentions apart)", "Bayes from assigned (dashboard)");

	public static String header() {
		return "| data | n | alpha | trials | " + String.join(" | ", ESTIMATES)
				+ " | dashboard's 95% interval holds the truth | its mean width (pp) |\n|---|---|---|---|"
				+ "---|".repeat(ESTIMATES.size() + 2);
	}

	private final int classes;

	private final List<List<HeldOut>> byClass = new ArrayList<>();

	private final double[][] rates;


	private final Confusion confusion;

	public QuantificationTrials(int classes, List<HeldOut> items, Confusion confusion) {
		this.classes = classes;
		for (int i = 0; i < classes; i++) {
			byClass.add(new ArrayList<>());
		}
		items.forEach(h -> byClass.get(h.actual()).add(h));
		this.confusion = confusion;
		this.rates = confusion.rates();
	}

	/** Runs {@code trials} collections of {@code n} items; Bayes estimates and intervals from {@code draws} draws. */
	public Result run(int n, double alpha, int trials, long seed, int draws) {
		SplittableRandom random = new SplittableRandom(seed);
		Dirichlet dirichlet = new Dirichlet(seed + 1);
		PrevalenceEstimator bayes = new PrevalenceEstimator(confusion, PrevalenceMethod.MAXIMUM_LIKELIHOOD, draws, 0.95,
				seed);
		int methods = ESTIMATES.size();
		double[] sum = new double[methods];
		double[] sumSq = new double[methods];
		int covered = 0;
		double width = 0;
		List<Integer> present = new ArrayList<>();
		for (int i = 0; i < classes; i++) {
			if (!byClass.get(i).isEmpty()) {
				present.add(i);
			}
		}
		for (int t = 0; t < trials; t++) {
			double[] mix = new double[classes];
			double[] drawn = dirichlet.draw(filled(present.size(), alpha));
			for (int k = 0; k < present.size(); k++) {
				mix[present.get(k)] = drawn[k];
			}
			List<HeldOut> sample = sample(mix, n, random);
			double[] truth = new double[classes];
			sample.forEach(h -> truth[h.actual()] += 1.0 / sample.size());
			PrevalenceEstimate dashboard = bayes.estimate(counts(sample, true));
			double[][] estimates = estimates(sample, bayes.estimate(counts(sample, false)).shares(), dashboard.shares());
			for (int m = 0; m < methods; m++) {
				double e = PrevalenceMethodTest.mae(estimates[m], truth);
				sum[m] += e;
				sumSq[m] += e * e;
			}
			for (int i = 0; i < classes; i++) {
				covered += dashboard.lower()[i] - 1e-12 <= truth[i] && truth[i] <= dashboard.upper()[i] + 1e-12 ? 1 : 0;
				width += dashboard.upper()[i] - dashboard.lower()[i];
			}
		}
		double[] mean = new double[methods];
		double[] sd = new double[methods];
		for (int m = 0; m < methods; m++) {
			mean[m] = sum[m] / trials;
			sd[m] = Math.sqrt(Math.max(0, sumSq[m] / trials - mean[m] * mean[m]));
		}
		return new Result(n, alpha, trials, mean, sd, (double) covered / (trials * classes), width / (trials * classes));
	}

	private double[][] estimates(List<HeldOut> sample, double[] bayes, double[] bayesAssigned) {
		double[] best = new double[classes];
		double[] probabilistic = new double[classes];
		double[] charted = new double[classes];
		for (HeldOut h : sample) {
			best[h.best()]++;
			for (int i = 0; i < classes; i++) {
				probabilistic[i] += h.scores()[i];
			}
			if (!h.abstained()) {
				charted[h.best()] += 1.0 / sample.size();
			}
		}
		return new double[][] { PrevalenceMethod.CLASSIFY_AND_COUNT.estimate(best, rates),
				PrevalenceMethod.CLASSIFY_AND_COUNT.estimate(probabilistic, rates),
				PrevalenceMethod.ADJUSTED_COUNT.estimate(best, rates),
				PrevalenceMethod.MAXIMUM_LIKELIHOOD.estimate(best, rates), bayes, charted, bayesAssigned };
	}

	/** Best-class counts, of every item or (as the rollups hold them) only of those the model did not abstain on. */
	private long[] counts(List<HeldOut> sample, boolean assignedOnly) {
		long[] counts = new long[classes];
		sample.stream().filter(h -> !assignedOnly || !h.abstained()).forEach(h -> counts[h.best()]++);
		if (assignedOnly && java.util.Arrays.stream(counts).sum() == 0) {
			return counts(sample, false);
		}
		return counts;
	}

	private List<HeldOut> sample(double[] mix, int n, SplittableRandom random) {
		List<HeldOut> sample = new ArrayList<>(n);
		for (int k = 0; k < n; k++) {
			List<HeldOut> pool = byClass.get(PrevalenceMethodTest.pick(mix, random.nextDouble()));
			if (pool.isEmpty()) {
				k--;
				continue;
			}
			sample.add(pool.get(random.nextInt(pool.size())));
		}
		return sample;
	}

	private static double[] filled(int size, double value) {
		double[] a = new double[size];
		java.util.Arrays.fill(a, value);
		return a;
	}

}
