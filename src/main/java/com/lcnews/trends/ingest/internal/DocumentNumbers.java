package com.lcnews.trends.ingest.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document numbers such as 聊医保发〔2021〕24号 or 聊政复【2019】35号: the year in brackets says the page is not older.
 */
final class DocumentNumbers {

	/** The document number with the latest year on a page, and the article it is in. */
	record Found(int year, String number, int article) {
	}

	private static final Pattern NUMBER = Pattern
		.compile("[\\p{IsHan}]{1,10}[〔\\[【(]((?:19|20)\\d{2})[〕\\]】)]\\d{1,4}号");

	private DocumentNumbers() {
	}

	/** The document number with the latest year on the page, or null. */
	static Found latest(List<ParsedArticle> articles) {
		Found best = null;
		for (ParsedArticle a : articles) {
			for (String p : a.paragraphs()) {
				if (p.indexOf('号') < 0) {
					continue;
				}
				Matcher m = NUMBER.matcher(TextNormalizer.fold(p));
				while (m.find()) {
					int year = Integer.parseInt(m.group(1));
					if (best == null || year > best.year()) {
						best = new Found(year, m.group(), a.ordinal());
					}
				}
			}
		}
		return best;
	}

}
