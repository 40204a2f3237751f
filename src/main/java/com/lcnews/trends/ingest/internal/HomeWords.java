package com.lcnews.trends.ingest.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that mean the publication's home district: 我区, 全区, 本区, 团区委, and 区委, 区政府, 区X局, 区X中心… not
 * preceded by another character of a name (东昌府区委 names its district itself; 社区委员会 is no district). Only the
 * positions of 区 are tried, which keeps the search fast on long texts.
 */
final class HomeWords {

	private static final Pattern BEFORE = Pattern.compile("我区|(?<![安小社])全区(?!域)|本区|团区委");

	private static final Pattern AT = Pattern.compile("(?<!\\p{IsHan})区(?:委|政府|人大|政协)"
			+ "|(?<!\\p{IsHan})区[\\p{IsHan}]{1,8}?(?:局|中心|办公室|委员会|医院|法院|检察院|大队)");

	private HomeWords() {
	}

	/** Start and end of the first home word in a folded text, or null. A text starting with 区 and a name counts. */
	static int[] find(String text) {
		int n = text.length();
		for (int i = text.indexOf('区'); i >= 0; i = text.indexOf('区', i + 1)) {
			if (i > 0) {
				Matcher m = BEFORE.matcher(text).region(i - 1, Math.min(n, i + 2)).useTransparentBounds(true);
				if (m.lookingAt()) {
					return new int[] { i - 1, m.end() };
				}
			}
			Matcher m = AT.matcher(text).region(i, Math.min(n, i + 12)).useTransparentBounds(true);
			if (m.lookingAt()) {
				return new int[] { i, m.end() };
			}
			if (i == 0 && n > 1 && TextNormalizer.isHan(text.charAt(1))) {
				return new int[] { 0, 2 };
			}
		}
		return null;
	}

}
