package com.lcnews.trends.shared.security;

/** Text from a request made safe for one log line: control characters replaced, length capped. */
final class LogText {

	private static final int MAX = 80;

	private LogText() {
	}

	static String of(String text) {
		if (text == null) {
			return "";
		}
		String cut = text.length() > MAX ? text.substring(0, MAX) + "…" : text;
		StringBuilder safe = new StringBuilder(cut.length());
		cut.codePoints().forEach(c -> safe.appendCodePoint(Character.isISOControl(c) ? '?' : c));
		return safe.toString();
	}

}
