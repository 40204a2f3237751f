package com.lcnews.trends.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CoverageChangesTest {

	@Test
	void aLargeShiftIsSignificantAndComesFirstASmallOneIsNot() {
		List<CoverageCell> before = List.of(new CoverageCell("education", "A", 30), new CoverageCell("health", "A", 10),
				new CoverageCell("education", "B", 2), new CoverageCell("health", "B", 2));
		List<CoverageCell> after = List.of(new CoverageCell("education", "A", 5), new CoverageCell("health", "A", 35),
				new CoverageCell("education", "B", 1), new CoverageCell("health", "B", 3));
		List<CoverageChanges.Change> changes = CoverageChanges.compare(before, after, List.of("A", "B"),
				List.of("education", "health"));
		assertThat(changes).hasSize(4);
		CoverageChanges.Change first = changes.get(0);
		assertThat(first.district()).isEqualTo("A");
		assertThat(first.pValue()).isLessThan(0.001);
		assertThat(Math.abs(first.pointsChange())).isGreaterThan(60);
		CoverageChanges.Change small = changes.stream().filter(c -> c.district().equals("B")).findFirst().orElseThrow();
		assertThat(small.pValue()).isGreaterThan(0.5);
	}

}
