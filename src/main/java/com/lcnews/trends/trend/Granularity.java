package com.lcnews.trends.trend;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The period length of a trend series. Weeks start on Monday (ISO). A series at a granularity counts the articles
 * dated at least that precisely: day and week series count day-precise articles; month and quarter series also
 * month-precise ones; year series every dated article.
 */
public enum Granularity {

	DAY, WEEK, MONTH, QUARTER, YEAR;

	/** The first day of the period containing {@code date}. */
	public LocalDate periodStart(LocalDate date) {
		return switch (this) {
			case DAY -> date;
			case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTH -> date.withDayOfMonth(1);
			case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
			case YEAR -> date.withDayOfYear(1);
		};
	}

	/** The first day of the next period, for a period start. */
	public LocalDate next(LocalDate periodStart) {
		return switch (this) {
			case DAY -> periodStart.plusDays(1);
			case WEEK -> periodStart.plusWeeks(1);
			case MONTH -> periodStart.plusMonths(1);
			case QUARTER -> periodStart.plusMonths(3);
			case YEAR -> periodStart.plusYears(1);
		};
	}

	/** The date precision codes ({@code day}, {@code month}, {@code year}) a series at this granularity counts. */
	public List<String> precisions() {
		return switch (this) {
			case DAY, WEEK -> List.of("day");
			case MONTH, QUARTER -> List.of("day", "month");
			case YEAR -> List.of("day", "month", "year");
		};
	}

	/** Whether the monthly rollup is fine enough for this granularity. */
	boolean monthly() {
		return this != DAY && this != WEEK;
	}

}
