package com.lcnews.trends.ingest.internal;

import java.time.LocalDate;

/**
 * What a page says about when it was printed.
 *
 * @param reference the issue date, or the latest date of the page's signed or datelined items, or 1 January of the
 * latest year named in a headline or lead; null when the page gives nothing
 * @param basis how the reference was found
 * @param evidence the words or the source of the reference
 */
record PageDates(LocalDate reference, Basis basis, String evidence) {

	enum Basis {
		/** The issue date is known (metadata or a page header with the weekday). */
		ISSUE,
		/** Estimated from signed notices, datelines and full dates in leads. */
		ANCHORS,
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
			case YEARS -> "page year " + reference.getYear() + " from " + evidence;
			case NONE -> "no date on the page";
		};
	}

}
