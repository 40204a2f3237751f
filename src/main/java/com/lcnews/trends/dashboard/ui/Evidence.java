package com.lcnews.trends.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the evidence of a date or district decision reads. The import records it as a technical note in English with
 * the page's own words quoted («…»); the Chinese UI shows those words (or, without quotes, the Chinese runs of the
 * note) and never the English around them. The English UI shows the note as it is.
 */
final class Evidence {

	private static final Pattern QUOTED = Pattern.compile("«([^»]+)»");

	private static final Pattern CHINESE_RUN = Pattern.compile("[\\p{IsHan}\\d][\\p{IsHan}\\d\\s·、，]*");

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{2,}\\b");

	private Evidence() {
	}

	static String display(String evidence, Locale locale, Function<String, String> t) {
		if (evidence == null || evidence.isBlank()) {
			return null;
		}
		if (!Formats.chinese(locale)) {
			return t.apply("article.evidence") + " " + evidence;
		}
		List<String> words = snippets(evidence);
		return words.isEmpty() ? t.apply("article.evidence.context")
				: t.apply("article.evidence.quoted") + String.join("", words.stream().map(w -> "「" + w + "」").toList());
	}

	/** The page's own words in an evidence note: the quoted parts, else the Chinese runs. */
	static List<String> snippets(String evidence) {
		List<String> words = new ArrayList<>();
		Matcher quoted = QUOTED.matcher(evidence);
		while (quoted.find()) {
			add(words, quoted.group(1));
		}
		if (words.isEmpty()) {
			Matcher run = CHINESE_RUN.matcher(evidence);
			while (run.find()) {
				if (HAN.matcher(run.group()).find()) {
					add(words, run.group());
				}
			}
		}
		return words;
	}

	/** Keeps a snippet's Chinese, digits and punctuation; the note's own English words (a label) are left out. */
	private static void add(List<String> words, String word) {
		String w = LATIN_WORD.matcher(word).replaceAll("").strip();
		if (!w.isEmpty() && !words.contains(w)) {
			words.add(w);
		}
	}

}
