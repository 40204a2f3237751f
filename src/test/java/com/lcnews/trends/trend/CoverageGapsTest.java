package com.lcnews.trends.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CoverageGapsTest {

	private static final List<String> TOPICS = List.of("education", "health", "poverty");

	@Test
	void districtsWithoutArticlesComeFirstThenSignificantShortfallsLargestFirst() {
		List<CoverageCell> cells = new ArrayList<>();
		// the rest of the city: a third each
		for (String d : List.of("A", "B", "C")) {
			TOPICS.forEach(t -> cells.add(new CoverageCell(t, d, 20)));
		}
		// D has 60 articles but only 2 on education (20 expected)
		cells.add(new CoverageCell("education", "D", 2));
		cells.add(new CoverageCell("health", "D", 29));
		cells.add(new CoverageCell("poverty", "D", 29));
		// E has 2 articles, none on education: not evidence of anything
		cells.add(new CoverageCell("health", "E", 2));
		// not-local articles do not count in the city mix
		cells.add(new CoverageCell("education", "-", 500));
		List<CoverageGaps.Gap> gaps = CoverageGaps.find(cells, List.of("A", "B", "C", "D", "E", "F", "G"), TOPICS, 0.1);
		assertThat(gaps).extracting(CoverageGaps.Gap::district).startsWith("F", "G");
		assertThat(gaps.get(0).noCoverage()).isTrue();
		CoverageGaps.Gap d = gaps.get(2);
		assertThat(d.district()).isEqualTo("D");
		assertThat(d.topic()).isEqualTo("education");
		assertThat(d.expected()).isBetween(19.0, 21.0);
		assertThat(d.pValue()).isLessThan(0.001);
		assertThat(gaps).as("two articles without education prove nothing").noneMatch(g -> "E".equals(g.district()));
		assertThat(gaps).hasSize(3);
	}

	@Test
	void noArticlesAnywhereNamesEveryDistrict() {
		assertThat(CoverageGaps.find(List.of(), List.of("A", "B"), TOPICS, 0.1)).extracting(CoverageGaps.Gap::district)
			.containsExactly("A", "B");
	}

}
