package com.lcnews.trends.ingest.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that mean the publication's home district or county: 我区, 全区, 本区, 团区委, and 区委, 区政府, 区X局, 区X中心…
 * not preceded by another character of a name (东昌府区委 names its district itself; 社区委员会 is no district), and the
 * same with 县 (我县, 全县, 县委…) for county papers. Only the positions of 区 and 县 are tried, which keeps the search
 * fast on long texts.
 */
final class HomeWords {

	private static final Pattern BEFORE = Pattern.compile("我[区县]|(?<![安小社])全[区县](?!域)|本[区县]|团[区县]委");

	private static final Pattern AT = Pattern.compile("(?<!\\p{IsHan})[区县](?:委|政府|人大|政协)"
			+ "|(?<!\\p{IsHan})[区县][\\p{IsHan}]{1,8}?(?:局|中心|办公室|委员会|医院|法院|检察院|大队)");

	private HomeWords() {
	}

	/** Start and end of the first home word in a folded text, or null. A text starting with 区 or 县 and a name counts. */
	static int[] find(String text) {
		int n = text.length();
		for (int i = next(text, 0); i >= 0; i = next(text, i + 1)) {
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

	private static int next(String text, int from) {
		int district = text.indexOf('区', from);
		int county = text.indexOf('县', from);
		if (district < 0) {
			return county;
		}
		return county < 0 ? district : Math.min(district, county);
	}

}
