package com.lcnews.trends.ingest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lcnews.trends.shared.DatePrecision;

/**
 * The date a page file's name or folders carry: {@code 2022-11-18.txt}, {@code lcrb_20221118_A03.txt},
 * {@code 2022/11/18/A03.txt}, {@code 2022年11月18日}, or only a month ({@code 2022-11/}) or a year folder
 * ({@code 2022/}). The file name is read before its folders, the nearest folder first.
 */
final class FileDates {

	/** A date and how precisely the path gives it. */
	record FileDate(LocalDate date, DatePrecision precision, String evidence) {
	}

	private static final Pattern DAY_SEPARATED = Pattern.compile(
			"(?<![0-9])((?:19|20)\\d{2})[-_./年](0?[1-9]|1[0-2])[-_./月](0?[1-9]|[12]\\d|3[01])(?![0-9])");

	private static final Pattern DAY_COMPACT = Pattern
		.compile("(?<![0-9])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![0-9])");

	private static final Pattern MONTH = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})[-_./年](0?[1-9]|1[0-2])(?![0-9])");

	private static final Pattern YEAR = Pattern.compile("^((?:19|20)\\d{2})年?$");

	private FileDates() {
	}

	/** The date of a page path, or null. */
	static FileDate of(String path) {
		if (path == null || path.isBlank()) {
			return null;
		}
		String p = path.replace('\\', '/');
		FileDate day = day(p);
		if (day != null) {
			return day;
		}
		String[] parts = p.split("/");
		for (int i = parts.length - 1; i >= 0; i--) {
			Matcher m = MONTH.matcher(parts[i]);
			if (m.find()) {
				LocalDate d = date(m.group(1), m.group(2), "1");
				return d == null ? null : new FileDate(d, DatePrecision.MONTH, "«" + parts[i] + "» in the file path");
			}
			Matcher y = YEAR.matcher(parts[i]);
			if (i < parts.length - 1 && y.matches()) {
				return new FileDate(LocalDate.of(Integer.parseInt(y.group(1)), 1, 1), DatePrecision.YEAR,
						"folder «" + parts[i] + "»");
			}
		}
		return null;
	}

	/** A full date in the file name, else in the path's last parts read together (2022/11/18/A03.txt). */
	private static FileDate day(String p) {
		String name = p.substring(p.lastIndexOf('/') + 1);
		for (String text : new String[] { name, p }) {
			for (Pattern pattern : new Pattern[] { DAY_SEPARATED, DAY_COMPACT }) {
				Matcher m = pattern.matcher(text);
				FileDate last = null;
				while (m.find()) {
					LocalDate d = date(m.group(1), m.group(2), m.group(3));
					if (d != null) {
						last = new FileDate(d, DatePrecision.DAY, "«" + m.group() + "» in the file " + (text == name ? "name" : "path"));
					}
				}
				if (last != null) {
					return last;
				}
			}
		}
		return null;
	}

	private static LocalDate date(String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
