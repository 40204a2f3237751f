package com.lcnews.trends.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

/** Shared assertions on split pages. */
final class PageChecks {

	private PageChecks() {
	}

	/** Every visible character of the page is in an article (headline, sub-headline, body, byline) or a skipped line. */
	static void assertNothingDropped(String page, SplitPage split) {
		StringBuilder out = new StringBuilder();
		for (ParsedArticle a : split.articles()) {
			out.append(a.headline()).append(a.subheadline()).append(a.body()).append(a.byline());
		}
		split.skipped().forEach(s -> out.append(s.text()));
		Map<Integer, Integer> missing = new HashMap<>();
		visible(page).forEach((c, n) -> {
			int have = visible(out.toString()).getOrDefault(c, 0);
			if (have < n) {
				missing.put(c, n - have);
			}
		});
		assertThat(missing).as("characters of the page found in no article and no skipped line").isEmpty();
	}

	private static Map<Integer, Integer> visible(String text) {
		Map<Integer, Integer> counts = new HashMap<>();
		text.codePoints()
			.filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '(' && c != ')' && c != '（'
					&& c != '）' && c != 0xFEFF && !Character.isISOControl(c))
			.forEach(c -> counts.merge(c, 1, Integer::sum));
		return counts;
	}

}
