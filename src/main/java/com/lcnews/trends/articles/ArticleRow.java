package com.lcnews.trends.articles;

import java.time.LocalDate;

/**
 * One line of the article list.
 *
 * @param date the article date at its precision (null when unknown)
 * @param topic the counted topic: the label if any, else the prediction, else null
 * @param confidence the prediction's confidence, null when not classified
 */
public record ArticleRow(long id, String headline, LocalDate date, String datePrecision, String district,
		String topic, Double confidence, boolean labelled, String source) {
}
