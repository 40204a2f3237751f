package com.lcnews.trends.dashboard.ui;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

import com.lcnews.trends.trend.Granularity;

/**
 * How numbers, shares and dates read in the UI and in exports: dates at their precision ({@code 2020年},
 * {@code 2020年7月}, {@code 2020年7月1日}; in English {@code 2020}, {@code 2020-07}, {@code 2020-07-01}), shares as
 * percentages with one decimal.
 */
final class Formats {

	private Formats() {
	}

	static boolean chinese(Locale locale) {
		return locale == null || !"en".equals(locale.getLanguage());
	}

	/** A date at its precision ({@code day}, {@code month}, {@code year}); null for an undated article. */
	static String date(LocalDate date, String precision, Locale locale) {
		if (date == null || precision == null || precision.equals("unknown")) {
			return null;
		}
		boolean zh = chinese(locale);
		return switch (precision) {
			case "year" -> zh ? date.getYear() + "年" : String.valueOf(date.getYear());
			case "month" -> zh ? date.getYear() + "年" + date.getMonthValue() + "月" : date.toString().substring(0, 7);
			default -> zh ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"
					: date.toString();
		};
	}

	/** A day. */
	static String day(LocalDate date, Locale locale) {
		return date(date, "day", locale);
	}

	/** The label of a period: 2021年6月10日, 2021年第23周, 2021年6月, 2021年第2季度, 2021年 (English: ISO-like). */
	static String period(LocalDate period, Granularity g, Locale locale) {
		boolean zh = chinese(locale);
		return switch (g) {
			case DAY -> day(period, locale);
			case WEEK -> zh
					? period.get(IsoFields.WEEK_BASED_YEAR) + "年第" + period.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "周"
					: period.get(IsoFields.WEEK_BASED_YEAR) + "-W"
							+ String.format(Locale.ROOT, "%02d", period.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			case MONTH -> date(period, "month", locale);
			case QUARTER -> zh ? period.getYear() + "年第" + ((period.getMonthValue() - 1) / 3 + 1) + "季度"
					: period.getYear() + "-Q" + ((period.getMonthValue() - 1) / 3 + 1);
			case YEAR -> date(period, "year", locale);
		};
	}

	/** A share (0 to 1) as a percentage with one decimal: {@code 12.5%}. */
	static String percent(double share) {
		return number(100 * share) + "%";
	}

	/** A number with at most one decimal, whole numbers without. */
	static String number(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		return rounded == Math.rint(rounded) ? String.valueOf((long) rounded)
				: String.format(Locale.ROOT, "%.1f", rounded);
	}

	/** A change in percentage points with its sign: {@code +3.2}, {@code −1.5}. */
	static String points(double value) {
		String n = number(Math.abs(value));
		return value > 0.05 ? "+" + n : value < -0.05 ? "−" + n : "0";
	}

	/** A p-value for people: {@code < 0.001} or three decimals. */
	static String pValue(double p) {
		return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
	}

}
