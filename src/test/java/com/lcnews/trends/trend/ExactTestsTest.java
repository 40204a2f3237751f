package com.lcnews.trends.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExactTestsTest {

	@Test
	void logGammaMatchesFactorials() {
		assertThat(ExactTests.logGamma(1)).isCloseTo(0, within(1e-12));
		assertThat(ExactTests.logGamma(11)).isCloseTo(Math.log(3628800), within(1e-10));
		assertThat(ExactTests.logGamma(0.5)).isCloseTo(Math.log(Math.sqrt(Math.PI)), within(1e-12));
		assertThat(ExactTests.logGamma(100_001)).isCloseTo(1_051_299.2218991218, within(1e-4));
	}

	@Test
	void binomialTailsAgreeWithHandComputedValues() {
		// P(X <= 0 | n = 1, p = 0.4) = 0.6: one article without the topic is no evidence
		assertThat(ExactTests.binomialAtMost(0, 1, 0.4)).isCloseTo(0.6, within(1e-12));
		// P(X <= 1 | n = 10, p = 0.5) = 11 / 1024
		assertThat(ExactTests.binomialAtMost(1, 10, 0.5)).isCloseTo(11 / 1024.0, within(1e-12));
		assertThat(ExactTests.binomialAtLeast(9, 10, 0.5)).isCloseTo(11 / 1024.0, within(1e-12));
		assertThat(ExactTests.binomialAtMost(10, 10, 0.5)).isEqualTo(1);
		assertThat(ExactTests.binomialAtLeast(0, 10, 0.5)).isEqualTo(1);
		double tiny = ExactTests.binomialAtLeast(900, 1000, 0.5);
		assertThat(tiny).isPositive().isLessThan(1e-100);
	}

	@Test
	void fishersExactTestMatchesTheTeaTastingExample() {
		// Fisher's lady tasting tea, 3 of 4 right: two-sided p = 0.4857
		assertThat(ExactTests.fisher(3, 1, 1, 3)).isCloseTo(0.4857142857, within(1e-9));
		assertThat(ExactTests.fisher(4, 0, 0, 4)).isCloseTo(2 / 70.0, within(1e-12));
		assertThat(ExactTests.fisher(0, 5, 0, 5)).isEqualTo(1);
	}

	@Test
	void benjaminiHochbergAdjustsAndKeepsOrder() {
		double[] q = ExactTests.benjaminiHochberg(new double[] { 0.01, 0.04, 0.03, 0.5 });
		assertThat(q).containsExactly(new double[] { 0.04, 0.04 * 4 / 3, 0.04 * 4 / 3, 0.5 }, within(1e-12));
	}

}
