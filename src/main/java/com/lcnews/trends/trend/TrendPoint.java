package com.lcnews.trends.trend;

import java.time.LocalDate;

/**
 * One topic's count in one period.
 *
 * @param periodStart first day of the period
 * @param topic topic code, or {@code _unclassified}
 * @param count articles counted under the topic (human label first, else the prediction)
 * @param periodTotal articles of all topics in the period (same districts), for shares
 * @param lowConfidence predicted (not labelled) articles among {@code count} under the low-confidence threshold
 * @param labelled articles among {@code count} counted by a human label
 */
public record TrendPoint(LocalDate periodStart, String topic, long count, long periodTotal, long lowConfidence,
		long labelled) {

	/** The topic's share of the period, 0 when the period is empty. */
	public double share() {
		return periodTotal == 0 ? 0 : (double) count / periodTotal;
	}

}
