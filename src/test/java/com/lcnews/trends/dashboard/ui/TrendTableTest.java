package com.lcnews.trends.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.lcnews.trends.trend.Granularity;
import com.lcnews.trends.trend.TrendPoint;

class TrendTableTest {

	private static final LocalDate JUNE = LocalDate.of(2021, 6, 1);

	private static final LocalDate JULY = LocalDate.of(2021, 7, 1);

	private static List<TrendPoint> twoMonths() {
		return List.of(new TrendPoint(JUNE, "education", 3, 10, 2, 1), new TrendPoint(JUNE, "health", 7, 10, 1, 0),
				new TrendPoint(JULY, "education", 1, 4, 0, 0), new TrendPoint(JULY, "health", 3, 4, 1, 0));
	}

	@Test
	void sharesArePercentOfThePeriodTotal() {
		TrendTable table = TrendTable.of(twoMonths(), Granularity.MONTH, List.of(), true, 1);
		assertThat(table.labels()).containsExactly("2021-06", "2021-07");
		assertThat(table.values("education")).containsExactly(30.0, 25.0);
		assertThat(table.values("health")).containsExactly(70.0, 75.0);
	}

	@Test
	void countsAndChosenTopicsOnly() {
		TrendTable table = TrendTable.of(twoMonths(), Granularity.MONTH, List.of("health"), false, 1);
		assertThat(table.topics()).containsExactly("health");
		assertThat(table.values("health")).containsExactly(7.0, 3.0);
		assertThat(table.rows().get(0).total()).isEqualTo(10);
	}

	@Test
	void uncertaintyIsTheLowConfidenceShareOfAllArticles() {
		TrendTable table = TrendTable.of(twoMonths(), Granularity.MONTH, List.of("education"), true, 1);
		assertThat(table.uncertainty().get(0)).isCloseTo(30.0, within(1e-9));
		assertThat(table.uncertainty().get(1)).isCloseTo(25.0, within(1e-9));
	}

	@Test
	void movingAverageIsTrailing() {
		TrendTable table = TrendTable.of(twoMonths(), Granularity.MONTH, List.of(), false, 3);
		assertThat(table.values("education")).containsExactly(3.0, 2.0);
	}

	@Test
	void periodLabelsFollowTheGranularity() {
		LocalDate d = LocalDate.of(2021, 6, 10);
		assertThat(TrendTable.label(d, Granularity.DAY)).isEqualTo("2021-06-10");
		assertThat(TrendTable.label(d, Granularity.WEEK)).isEqualTo("2021-W23");
		assertThat(TrendTable.label(d, Granularity.QUARTER)).isEqualTo("2021-Q2");
		assertThat(TrendTable.label(d, Granularity.YEAR)).isEqualTo("2021");
	}

}
