package com.lcnews.trends.quantify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class PrevalenceEstimatorTest {

	/** 3 repetitions of a cross-validation over 40 + 30 + 30 labelled items. */
	private final Confusion confusion = new Confusion(List.of("a", "b", "c"),
			new int[][] { { 108, 6, 6 }, { 9, 54, 27 }, { 3, 21, 66 } }, 3);

	@Test
	void repetitionsAreDividedOutAndRowsWithoutItemsGetTheAverageRow() {
		assertThat(confusion.support()).containsExactly(40.0, 30.0, 30.0);
		Confusion small = new Confusion(List.of("a", "b"), new int[][] { { 3, 1 }, { 0, 0 } }, 1);
		assertThat(small.accuracy()).isEqualTo(0.75);
		double[][] rates = small.rates();
		assertThat(rates[0]).containsExactly(new double[] { 0.75, 0.25 }, within(1e-12));
		assertThat(rates[1]).as("a class without labelled items is assumed to be recognised as well as the average")
			.containsExactly(new double[] { 0.25, 0.75 }, within(1e-12));
		assertThat(small.rates(1, false)[1]).containsExactly(0.5, 0.5);
		for (double[] row : confusion.rates()) {
			assertThat(row[0] + row[1] + row[2]).isCloseTo(1, within(1e-12));
		}
	}

	@Test
	void malformedConfusionsAreRefusedWithTheReason() {
		assertThatThrownBy(() -> new Confusion(List.of("a"), new int[][] { { 1 }, { 2 } }, 1))
			.hasMessageContaining("2 rows for 1 labels");
		assertThatThrownBy(() -> new Confusion(List.of("a"), new int[][] { { 1 } }, 0)).hasMessageContaining("repeats");
		assertThatThrownBy(() -> new Confusion(List.of("a"), new int[][] { { -1 } }, 1)).hasMessageContaining("negative");
	}

	@Test
	void theIntervalHoldsTheEstimateAndNarrowsWithMoreItems() {
		PrevalenceEstimator estimator = new PrevalenceEstimator(confusion, PrevalenceMethod.MAXIMUM_LIKELIHOOD, 300, 0.95,
				42);
		PrevalenceEstimate small = estimator.estimate(new long[] { 5, 3, 2 });
		PrevalenceEstimate large = estimator.estimate(new long[] { 500, 300, 200 });
		for (int i = 0; i < 3; i++) {
			assertThat(small.lower()[i]).isLessThanOrEqualTo(small.shares()[i]);
			assertThat(small.upper()[i]).isGreaterThanOrEqualTo(small.shares()[i]);
			assertThat(large.upper()[i] - large.lower()[i]).as("class " + i)
				.isLessThan(small.upper()[i] - small.lower()[i]);
		}
		assertThat(large.items()).isEqualTo(1000);
		assertThat(large.share("b")).isGreaterThan(0.3).as("b is under-predicted, so its share is raised");
	}

	@Test
	void evenWithManyItemsTheIntervalKeepsTheDoubtAboutTheConfusion() {
		PrevalenceEstimate e = new PrevalenceEstimator(confusion, PrevalenceMethod.ADJUSTED_COUNT, 300, 0.95, 42)
			.estimate(new long[] { 50_000, 30_000, 20_000 });
		assertThat(e.upper()[1] - e.lower()[1]).as("30 labelled b items cannot pin b's share down").isGreaterThan(0.05);
	}

	@Test
	void sameCountsGiveTheSameIntervalAndNoDrawsGiveAPoint() {
		PrevalenceEstimator a = new PrevalenceEstimator(confusion, PrevalenceMethod.ADJUSTED_COUNT, 100, 0.9, 1);
		PrevalenceEstimator b = new PrevalenceEstimator(confusion, PrevalenceMethod.ADJUSTED_COUNT, 100, 0.9, 1);
		assertThat(a.estimate(new long[] { 7, 2, 1 }).lower()).containsExactly(b.estimate(new long[] { 7, 2, 1 }).lower());
		PrevalenceEstimate point = new PrevalenceEstimator(confusion, PrevalenceMethod.ADJUSTED_COUNT, 0, 0.9, 1)
			.estimate(new long[] { 7, 2, 1 });
		assertThat(point.lower()).containsExactly(point.shares());
		assertThatThrownBy(() -> a.estimate(new long[] { 1 })).hasMessageContaining("expected 3 counts");
	}

	@Test
	void dirichletDrawsHaveTheRightMean() {
		Dirichlet d = new Dirichlet(3);
		double[] alpha = { 0.3, 2, 7.7 };
		double[] mean = new double[3];
		int n = 20_000;
		for (int i = 0; i < n; i++) {
			double[] x = d.draw(alpha);
			for (int j = 0; j < 3; j++) {
				mean[j] += x[j] / n;
			}
		}
		assertThat(mean[0]).isCloseTo(0.03, within(0.005));
		assertThat(mean[1]).isCloseTo(0.2, within(0.01));
		assertThat(mean[2]).isCloseTo(0.77, within(0.01));
	}

}
