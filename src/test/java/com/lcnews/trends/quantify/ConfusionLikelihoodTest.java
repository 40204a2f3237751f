package com.lcnews.trends.quantify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ConfusionLikelihoodTest {

	@Test
	void newtonReachesAtLeastTheLikelihoodOfALongEmRunOnRandomProblems() {
		SplittableRandom random = new SplittableRandom(11);
		int boundary = 0;
		for (int trial = 0; trial < 300; trial++) {
			int k = 2 + random.nextInt(14);
			Dirichlet d = new Dirichlet(trial);
			double[][] rates = new double[k][];
			for (int i = 0; i < k; i++) {
				double[] alpha = new double[k];
				for (int j = 0; j < k; j++) {
					alpha[j] = i == j ? 3 + random.nextDouble() * 10 : 0.2 + random.nextDouble();
				}
				rates[i] = d.draw(alpha);
			}
			double[] observed = d.draw(filled(k, 0.4));
			double[] newton = ConfusionLikelihood.maximise(rates, observed);
			double[] em = ConfusionLikelihood.expectationMaximisation(rates, observed, Simplex.normalise(new double[k]));
			assertThat(java.util.Arrays.stream(newton).sum()).isCloseTo(1, within(1e-9));
			assertThat(java.util.Arrays.stream(newton).min().orElseThrow()).isGreaterThanOrEqualTo(0);
			assertThat(ConfusionLikelihood.logLikelihood(rates, observed, newton)).as("trial " + trial)
				.isGreaterThanOrEqualTo(ConfusionLikelihood.logLikelihood(rates, observed, em) - 1e-9);
			boundary += java.util.Arrays.stream(newton).anyMatch(v -> v == 0) ? 1 : 0;
		}
		assertThat(boundary).as("problems whose optimum has zero shares (the hard case for EM)").isGreaterThan(30);
	}

	private static double[] filled(int k, double v) {
		double[] a = new double[k];
		java.util.Arrays.fill(a, v);
		return a;
	}

}
