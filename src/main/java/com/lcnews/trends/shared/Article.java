package com.lcnews.trends.shared;

import java.time.LocalDate;

/**
 * One article of a page with its date and district decisions.
 *
 * @param id store id, null before it is stored
 * @param source the page file name
 * @param ordinal 1-based position on the page
 * @param date the reported date, truncated to {@code datePrecision}; null when unknown
 * @param districtCode a district code, {@link District#CITY_WIDE}, {@link District#NOT_LOCAL}, or null when unknown
 */
public record Article(Long id, String source, int ordinal, String headline, String subheadline, String body,
		String byline, ArticleKind kind, LocalDate date, DatePrecision datePrecision, String dateEvidence,
		String districtCode, String districtEvidence) {

	/** Headline and body as one text, the input of topic classification. */
	public String classificationText() {
		return classificationText(headline, subheadline, body);
	}

	/** The classification text of an article's parts (each may be null). */
	public static String classificationText(String headline, String subheadline, String body) {
		String head = headline == null ? "" : headline;
		String sub = subheadline == null ? "" : subheadline;
		return (head + "\n" + sub + "\n" + (body == null ? "" : body)).strip();
	}

}
