package com.lcnews.trends.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.trend.CoverageCell;

class CoverageMatrixTest {

	private final CoverageMatrix matrix = new CoverageMatrix(List.of(new CoverageCell("education", "371502", 8),
			new CoverageCell("health", "371502", 2), new CoverageCell("education", "371503", 1),
			new CoverageCell("health", "371503", 9)), List.of("education", "health"), List.of("371502", "371503", "371521"));

	@Test
	void districtShareTopicShareAndDeviation() {
		assertThat(matrix.value("education", "371502", CoverageMatrix.Mode.DISTRICT_SHARE)).isCloseTo(80.0, within(1e-9));
		assertThat(matrix.value("education", "371502", CoverageMatrix.Mode.TOPIC_SHARE)).isCloseTo(800.0 / 9, within(1e-9));
		assertThat(matrix.cityShare("education")).isCloseTo(45.0, within(1e-9));
		assertThat(matrix.value("education", "371503", CoverageMatrix.Mode.DEVIATION)).isCloseTo(-35.0, within(1e-9));
		assertThat(matrix.value("education", "371503", CoverageMatrix.Mode.COUNT)).isEqualTo(1.0);
	}

	@Test
	void aDistrictWithoutArticlesHasNoShare() {
		assertThat(matrix.value("health", "371521", CoverageMatrix.Mode.DISTRICT_SHARE)).isNull();
		assertThat(matrix.value("health", "371521", CoverageMatrix.Mode.COUNT)).isZero();
	}

	@Test
	void topTopicsOfADistrictLargestFirst() {
		assertThat(matrix.topTopics("371503", 1)).extracting(java.util.Map.Entry::getKey).containsExactly("health");
		assertThat(matrix.topTopics("371521", 3)).isEmpty();
	}

}
