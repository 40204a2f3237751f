package com.lcnews.trends.trend;

import java.time.LocalDate;

/**
 * One topic's count in one period, raw and corrected for the classifier's known errors.
 *
 * @param rawCount articles counted under the topic (label first, else the prediction), as {@link TrendPoint#count()}
 * @param estimate estimated articles truly about the topic: its labelled articles plus its estimated share of the
 * articles counted by the model (abstentions included)
 * @param lower lower end of the estimate's interval
 * @param upper upper end of the estimate's interval
 * @param periodTotal articles of all topics in the period (same districts)
 * @param corrected whether a correction was possible (false: nothing predicted in the period, estimate = raw count)
 */
public record CorrectedPoint(LocalDate periodStart, String topic, long rawCount, double estimate, double lower,
		double upper, long periodTotal, boolean corrected) {

	/** The estimate as a share of the period, 0 when the period is empty. */
	public double share() {
		return periodTotal == 0 ? 0 : estimate / periodTotal;
	}

}
