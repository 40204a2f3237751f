package com.lcnews.trends.shared;

import java.time.LocalDate;
import java.util.Locale;

/** How precisely an article's date is known. Coarser dates are stored as the first day of their month or year. */
public enum DatePrecision {

	DAY, MONTH, YEAR, UNKNOWN;

	/** The lower-case code used in files, JSON and the database. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Parses a code written by {@link #code()}. */
	public static DatePrecision ofCode(String code) {
		return valueOf(code.trim().toUpperCase(Locale.ROOT));
	}

	/** Formats a date at this precision: {@code 2021-06-10}, {@code 2021-06}, {@code 2021}, or null. */
	public String format(LocalDate date) {
		if (date == null || this == UNKNOWN) {
			return null;
		}
		return switch (this) {
			case DAY -> date.toString();
			case MONTH -> date.toString().substring(0, 7);
			case YEAR -> String.valueOf(date.getYear());
			case UNKNOWN -> null;
		};
	}

	/** Truncates a date to the first day of its bucket at this precision. */
	public LocalDate truncate(LocalDate date) {
		return switch (this) {
			case DAY -> date;
			case MONTH -> date.withDayOfMonth(1);
			case YEAR -> date.withDayOfYear(1);
			case UNKNOWN -> null;
		};
	}

}
