package com.lcnews.trends.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.quantify.Confusion;
import com.lcnews.trends.quantify.PrevalenceEstimator;

class TopicShareCorrectionTest {

	private static final LocalDate JAN = LocalDate.of(2021, 1, 1);

	private static final LocalDate FEB = LocalDate.of(2021, 2, 1);

	/** The model sends a third of "b" articles to "a" (3 repetitions of a CV over 60 + 60 items). */
	private final TopicShareCorrection correction = new TopicShareCorrection(PrevalenceEstimator.standard(
			new Confusion(List.of("a", "b"), new int[][] { { 171, 9 }, { 60, 120 } }, 3)));

	private static Map<String, CorrectedPoint> byTopic(List<CorrectedPoint> points, LocalDate period) {
		return points.stream().filter(p -> p.periodStart().equals(period))
			.collect(Collectors.toMap(CorrectedPoint::topic, p -> p));
	}

	@Test
	void predictedCountsAreCorrectedLabelsKeptAndAbstentionsSpread() {
		// January: 50 "a" predictions (10 of them labelled a), 30 "b" predictions, 20 abstentions
		List<CorrectedPoint> points = correction.correct(List.of(new TrendPoint(JAN, "a", 50, 100, 0, 10),
				new TrendPoint(JAN, "b", 30, 100, 0, 0), new TrendPoint(JAN, "_unclassified", 20, 100, 20, 0)));
		Map<String, CorrectedPoint> jan = byTopic(points, JAN);
		assertThat(jan).containsOnlyKeys("a", "b");
		assertThat(jan.get("a").estimate() + jan.get("b").estimate()).as("every article is counted once")
			.isCloseTo(100, within(1e-6));
		assertThat(jan.get("b").estimate()).as("b is under-predicted").isGreaterThan(30 + 20 * 30 / 70.0);
		assertThat(jan.get("a").estimate()).as("labelled a articles stay a").isGreaterThanOrEqualTo(10);
		assertThat(jan.get("b").lower()).isLessThan(jan.get("b").estimate());
		assertThat(jan.get("b").upper()).isGreaterThan(jan.get("b").estimate());
		assertThat(jan.get("b").rawCount()).isEqualTo(30);
		assertThat(jan.get("b").corrected()).isTrue();
	}

	@Test
	void aPeriodWithOnlyLabelsOrAbstentionsKeepsItsRawCounts() {
		List<CorrectedPoint> points = correction.correct(List.of(new TrendPoint(JAN, "a", 4, 4, 0, 4),
				new TrendPoint(FEB, "_unclassified", 3, 3, 3, 0), new TrendPoint(FEB, "c", 0, 3, 0, 0)));
		assertThat(byTopic(points, JAN).get("a").estimate()).isEqualTo(4);
		assertThat(byTopic(points, JAN).get("a").corrected()).isFalse();
		Map<String, CorrectedPoint> feb = byTopic(points, FEB);
		assertThat(feb).containsKeys("a", "b", "c", "_unclassified");
		assertThat(feb.get("_unclassified").estimate()).isEqualTo(3);
	}

}
