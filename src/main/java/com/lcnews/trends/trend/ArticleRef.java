package com.lcnews.trends.trend;

import java.time.LocalDate;

/**
 * An article behind a chart point.
 *
 * @param date its date at its precision (first day of the month or year for coarser ones)
 * @param countedTopic where it is counted: its label, else the prediction, else {@code _unclassified}
 * @param predictedTopic the model's topic, null when it abstained
 * @param labelled whether a human label decides {@code countedTopic}
 */
public record ArticleRef(long id, String headline, LocalDate date, String datePrecision, String district,
		String countedTopic, String predictedTopic, double confidence, boolean labelled) {
}
