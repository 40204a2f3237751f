package com.lcnews.trends.quantify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PrevalenceMethodTest {

	/** A three-class classifier that confuses b with c a lot. */
	private static final double[][] RATES = { { 0.9, 0.05, 0.05 }, { 0.1, 0.6, 0.3 }, { 0.05, 0.25, 0.7 } };

	private static double[] expectedPredictions(double[] shares) {
		double[] q = new double[3];
		for (int i = 0; i < 3; i++) {
			for (int j = 0; j < 3; j++) {
				q[j] += shares[i] * RATES[i][j];
			}
		}
		return q;
	}

	@Test
	void bothCorrectionsRecoverTheTrueSharesFromNoiseFreePredictions() {
		double[] truth = { 0.2, 0.5, 0.3 };
		double[] q = expectedPredictions(truth);
		for (PrevalenceMethod m : new PrevalenceMethod[] { PrevalenceMethod.ADJUSTED_COUNT,
				PrevalenceMethod.MAXIMUM_LIKELIHOOD }) {
			double[] p = m.estimate(q, RATES);
			for (int i = 0; i < 3; i++) {
				assertThat(p[i]).as(m + " class " + i).isCloseTo(truth[i], within(1e-5));
			}
		}
		double[] raw = PrevalenceMethod.CLASSIFY_AND_COUNT.estimate(q, RATES);
		assertThat(raw[1]).as("raw counting under-counts the confused class").isLessThan(0.45);
	}

	@Test
	void sharesStayOnTheSimplexWhenTheUnconstrainedSolutionWouldBeNegative() {
		// more "a" predictions than even a pure-a collection would give: the plain inverse is negative for b or c
		double[] q = { 0.97, 0.02, 0.01 };
		for (PrevalenceMethod m : PrevalenceMethod.values()) {
			double[] p = m.estimate(q, RATES);
			assertThat(java.util.Arrays.stream(p).min().orElseThrow()).isGreaterThanOrEqualTo(0);
			assertThat(p[0] + p[1] + p[2]).as(m.name()).isCloseTo(1, within(1e-9));
		}
		assertThat(PrevalenceMethod.ADJUSTED_COUNT.estimate(q, RATES)[0]).isCloseTo(1, within(1e-6));
	}

	@Test
	void countsAreScaledToShares() {
		double[] p = PrevalenceMethod.CLASSIFY_AND_COUNT.estimate(new double[] { 2, 6, 2 }, RATES);
		assertThat(p).containsExactly(0.2, 0.6, 0.2);
	}

	@Test
	void correctedEstimatesAreCloserToTheTruthThanRawCountsOnSimulatedCollections() {
		SplittableRandom random = new SplittableRandom(7);
		double rawError = 0;
		double adjustedError = 0;
		double likelihoodError = 0;
		for (int trial = 0; trial < 200; trial++) {
			double[] truth = new Dirichlet(trial).draw(new double[] { 1, 1, 1 });
			double[] counts = new double[3];
			for (int n = 0; n < 2000; n++) {
				int actual = pick(truth, random.nextDouble());
				counts[pick(RATES[actual], random.nextDouble())]++;
			}
			rawError += mae(PrevalenceMethod.CLASSIFY_AND_COUNT.estimate(counts, RATES), truth);
			adjustedError += mae(PrevalenceMethod.ADJUSTED_COUNT.estimate(counts, RATES), truth);
			likelihoodError += mae(PrevalenceMethod.MAXIMUM_LIKELIHOOD.estimate(counts, RATES), truth);
		}
		assertThat(adjustedError).isLessThan(rawError / 3);
		assertThat(likelihoodError).isLessThan(rawError / 3);
	}

	static int pick(double[] probabilities, double u) {
		double c = 0;
		for (int i = 0; i < probabilities.length; i++) {
			c += probabilities[i];
			if (u < c) {
				return i;
			}
		}
		return probabilities.length - 1;
	}

	static double mae(double[] a, double[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += Math.abs(a[i] - b[i]);
		}
		return s / a.length;
	}

}
