package com.lcnews.trends.ingest.internal;

import java.time.LocalDate;

/**
 * What a page says about when it was printed.
 *
 * @param reference the issue date, or the latest date of the page's signed, datelined or lead items, or the first day
 * of the month or year the page is known to be from; null when the page gives nothing
 * @param basis how the reference was found
 * @param evidence the words or the source of the reference
 */
record PageDates(LocalDate reference, Basis basis, String evidence) {

	enum Basis {
		/** The issue date is known (metadata or a page header with the weekday). */
		ISSUE,
		/** Estimated from signed notices, datelines and dates in leads (the latest of them). */
		ANCHORS,
		/** Only a month is known (the file's folder). */
		MONTH,
		/** Only a year is known, from headlines and leads. */
		YEARS,
		/** Nothing is known. */
		NONE
	}

	static final PageDates NONE = new PageDates(null, Basis.NONE, null);

	String describe() {
		return switch (basis) {
			case ISSUE -> "issue date " + reference + " (" + evidence + ")";
			case ANCHORS -> "page dated " + reference + " by " + evidence;
			case MONTH -> "page month " + reference.toString().substring(0, 7) + " from " + evidence;
			case YEARS -> "page year " + reference.getYear() + " from " + evidence;
			case NONE -> "no date on the page";
		};
	}

}
