package com.lcnews.trends.trend;

/**
 * How precisely the counted articles of a model version are dated and placed, so that charts can say what they leave
 * out.
 *
 * @param dayPrecise articles dated to the day (in day, week and finer series)
 * @param monthOnly articles dated to the month only (in month, quarter and year series)
 * @param yearOnly articles dated to the year only (in year series)
 * @param undated articles without any date (in no series)
 * @param unknownDistrict articles whose district is unknown (district {@code ?})
 * @param skipped articles the job could not classify (see the skip reasons), counted nowhere else
 */
public record UndatedSummary(long dayPrecise, long monthOnly, long yearOnly, long undated, long unknownDistrict,
		long skipped) {
}
