package com.lcnews.trends.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class RisingTopicsTest {

	private final Map<LocalDate, Map<String, Map<String, Long>>> counts = new TreeMap<>();

	private void put(LocalDate month, String district, String topic, long n) {
		counts.computeIfAbsent(month, k -> new TreeMap<>()).computeIfAbsent(district, k -> new TreeMap<>()).put(topic, n);
	}

	@Test
	void aTopicFarAboveItsSeasonalLevelRisesAndItsUsualSeasonalPeakDoesNot() {
		for (int year = 2019; year <= 2022; year++) {
			for (int m = 1; m <= 12; m++) {
				LocalDate month = LocalDate.of(year, m, 1);
				// education always peaks in September: seasonal, not rising
				put(month, "A", "education", m == 9 ? 30 : 5);
				put(month, "A", "health", 5);
				put(month, "A", "poverty", 20);
			}
		}
		LocalDate sep = LocalDate.of(2022, 9, 1);
		put(sep, "A", "health", 25);
		List<RisingTopics.Rising> rising = RisingTopics.find(sep, Granularity.MONTH, counts, List.of("A", "B"),
				List.of("education", "health", "poverty"));
		assertThat(rising).extracting(RisingTopics.Rising::topic).containsOnly("health");
		assertThat(rising).extracting(RisingTopics.Rising::district).containsExactlyInAnyOrder("*", "A");
		assertThat(rising.get(0).seasonal()).isTrue();
		assertThat(rising.get(0).ratio()).isGreaterThan(RisingTopics.MIN_RATIO);
	}

	@Test
	void withoutEarlierYearsTheRecentPeriodsAreTheBaselineAndFewArticlesAreNoTrend() {
		// March to December 2022 only: nothing from the same season a year earlier
		for (int m = 3; m <= 12; m++) {
			put(LocalDate.of(2022, m, 1), "A", "poverty", 10);
			put(LocalDate.of(2022, m, 1), "A", "health", 1);
		}
		LocalDate jan = LocalDate.of(2023, 1, 1);
		put(jan, "A", "poverty", 1);
		put(jan, "A", "health", 2);
		assertThat(RisingTopics.find(jan, Granularity.MONTH, counts, List.of("A"), List.of("health", "poverty")))
			.as("two articles are not a trend").isEmpty();
		put(jan, "A", "health", 12);
		List<RisingTopics.Rising> rising = RisingTopics.find(jan, Granularity.MONTH, counts, List.of("A"),
				List.of("health", "poverty"));
		assertThat(rising).isNotEmpty().allMatch(r -> !r.seasonal() && r.topic().equals("health"));
	}

}
