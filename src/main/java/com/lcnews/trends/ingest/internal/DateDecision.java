package com.lcnews.trends.ingest.internal;

import java.time.LocalDate;

import com.lcnews.trends.shared.DatePrecision;

/**
 * The date an article reports.
 *
 * @param date truncated to the precision; null when unknown
 * @param evidence the words the decision rests on, as found in the text, with how the year was inferred
 */
public record DateDecision(LocalDate date, DatePrecision precision, String evidence) {

	static DateDecision unknown(String evidence) {
		return new DateDecision(null, DatePrecision.UNKNOWN, evidence);
	}

	static DateDecision of(LocalDate date, DatePrecision precision, String evidence) {
		return new DateDecision(precision.truncate(date), precision, evidence);
	}

}
