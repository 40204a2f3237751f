package com.lcnews.trends.shared;

import java.time.LocalDate;

/**
 * New date and district decisions for one stored article (all fields replace the stored ones).
 *
 * @param date truncated to its precision, null when unknown
 * @param districtCode a district code, {@link District#CITY_WIDE}, {@link District#NOT_LOCAL} or null when unknown
 */
public record ArticlePlacement(long articleId, LocalDate date, DatePrecision precision, String dateEvidence,
		String districtCode, String districtEvidence) {
}
