package com.lcnews.trends.ingest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds date expressions in folded text: full dates, month and day, year and month, years, and relative words. */
final class DateMentions {

	/** One date expression; missing parts are 0. {@code relative} holds the word for relative expressions. */
	record Mention(int year, int month, int day, String relative, int start, int end) {

		boolean explicit() {
			return relative == null;
		}

	}

	private static final Pattern DATE = Pattern
		.compile("(?<!\\d)(?:(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})[日号])?)?|(\\d{1,2})月(\\d{1,2})[日号])");

	private static final Pattern RELATIVE = Pattern
		.compile("昨日|昨天|今日|今天|前日|前天|近日|日前|近期|连日来|前不久|最近|今年|本月|当日");

	private static final Pattern SENTENCE_END = Pattern.compile("[。!?]");

	private static final String[] HISTORY_BEFORE = { "早在", "自", "从", "截至", "截止", "直到", "曾", "到", "至", "于去年", "回顾" };

	private static final String[] HISTORY_AFTER = { "以来", "之前", "以前", "前", "至今", "起", "开始", "底", "末", "至" };

	private DateMentions() {
	}

	/** Explicit dates in order, leaving out those the text marks as the past or a span ("早在…", "…以来"). */
	static List<Mention> explicit(String text) {
		List<Mention> result = new ArrayList<>();
		Matcher m = DATE.matcher(text);
		while (m.find()) {
			Mention mention = m.group(1) != null
					? new Mention(toInt(m.group(1)), toInt(m.group(2)), toInt(m.group(3)), null, m.start(), m.end())
					: new Mention(0, toInt(m.group(4)), toInt(m.group(5)), null, m.start(), m.end());
			if (valid(mention) && !historical(text, m.start(), m.end())) {
				result.add(mention);
			}
		}
		return result;
	}

	/** The first relative date word, or null. */
	static Mention relative(String text) {
		Matcher m = RELATIVE.matcher(text);
		return m.find() ? new Mention(0, 0, 0, m.group(), m.start(), m.end()) : null;
	}

	/** The first sentence of a text (up to and including its first full stop); quotes that open it are skipped. */
	static String firstSentence(String text) {
		int from = 0;
		while (from < text.length() && text.charAt(from) == '“') {
			int close = text.indexOf('”', from);
			if (close < 0) {
				break;
			}
			from = close + 1;
		}
		Matcher m = SENTENCE_END.matcher(text);
		return m.find(from) ? text.substring(0, m.end()) : text;
	}

	static LocalDate toDate(Mention m, int year) {
		try {
			return LocalDate.of(year, Math.max(1, m.month()), Math.max(1, m.day()));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static boolean valid(Mention m) {
		if (m.year() != 0 && (m.year() < 1900 || m.year() > 2100)) {
			return false;
		}
		if (m.month() > 12 || m.day() > 31 || m.month() == 0 && m.day() != 0) {
			return false;
		}
		return m.year() != 0 || m.month() >= 1 && m.day() >= 1;
	}

	private static boolean historical(String text, int start, int end) {
		String before = text.substring(Math.max(0, start - 3), start);
		for (String word : HISTORY_BEFORE) {
			if (before.endsWith(word)) {
				return true;
			}
		}
		String after = text.substring(end, Math.min(text.length(), end + 2));
		for (String word : HISTORY_AFTER) {
			if (after.startsWith(word)) {
				return true;
			}
		}
		return false;
	}

	private static int toInt(String s) {
		return s == null ? 0 : Integer.parseInt(s);
	}

}
