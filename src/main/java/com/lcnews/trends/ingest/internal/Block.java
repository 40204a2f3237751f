package com.lcnews.trends.ingest.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive non-blank lines of a page, as printed and folded.
 *
 * @param firstLine 0-based index of the first line on the page
 */
record Block(int firstLine, List<String> lines, List<String> folded) {

	/** Splits page lines into blocks at blank lines. */
	static List<Block> of(List<String> lines) {
		List<Block> blocks = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= lines.size(); i++) {
			boolean blank = i == lines.size() || lines.get(i).isBlank();
			if (!blank && start < 0) {
				start = i;
			}
			else if (blank && start >= 0) {
				addRun(lines, start, i, blocks);
				start = -1;
			}
		}
		return blocks;
	}

	/**
	 * Adds the blocks of a run of non-blank lines. A page printed without blank lines between articles still has
	 * them: headline-shaped lines at the start of the run or after a finished sentence, followed by body text in the
	 * same run, are blocks of their own.
	 */
	private static void addRun(List<String> lines, int from, int to, List<Block> blocks) {
		int n = to - from;
		String[] printed = new String[n];
		String[] folded = new String[n];
		boolean[] shaped = new boolean[n];
		for (int j = 0; j < n; j++) {
			printed[j] = lines.get(from + j).strip();
			folded[j] = TextNormalizer.fold(printed[j]);
			shaped[j] = n > 1 && LineShapes.isHeadlineShaped(folded[j]) && !LineShapes.isByline(folded[j]);
		}
		boolean[] heading = new boolean[n];
		boolean allHeadings = headingRun(folded, shaped);
		if (allHeadings) {
			java.util.Arrays.fill(heading, true);
		}
		for (int j = 0; j < n && !allHeadings; j++) {
			heading[j] = n > 1 && (LineShapes.isCaption(folded[j]) || LineShapes.isFurniture(folded[j]))
					|| shaped[j] && bodyFollows(folded, shaped, j) && startsHere(folded, heading, j)
					|| j > 0 && heading[j - 1] && LineShapes.isShortOpen(folded[j]) && j + 1 < n
							&& LineShapes.startsWithDateline(folded[j + 1]);
		}
		markAdvertisement(folded, heading);
		int start = 0;
		for (int j = 1; j <= n; j++) {
			if (j == n || heading[j] || heading[j - 1]) {
				blocks.add(new Block(from + start, List.of(printed).subList(start, j), List.of(folded).subList(start, j)));
				start = j;
			}
		}
	}

	/**
	 * Whether a headline-shaped line with body after it starts an article: at the start of a run; after a heading,
	 * a byline or a signature (the article before is closed); after a finished sentence when the text after it opens
	 * like an article (see {@link #opensArticle}); after a sentence cut off (a column edge) only when the text after
	 * it opens a news item or a quote and shares the headline's words.
	 */
	private static boolean startsHere(String[] folded, boolean[] heading, int j) {
		if (j == 0 || heading[j - 1]) {
			return true;
		}
		String before = folded[j - 1];
		if (LineShapes.isByline(before) || LineShapes.isSignatureDate(before) || LineShapes.trailingByline(before) > 0) {
			return true;
		}
		if (LineShapes.endsSentence(before)) {
			return opensArticle(folded, j, 0.3);
		}
		return opensNewsItem(folded, j) && opensArticle(folded, j, 0.2) && !LineShapes.isNoticeTitle(folded[j]);
	}

	/** Whether a line ends what came before: a sentence, a byline (alone or after the text) or a signature date. */
	private static boolean closes(String line) {
		return LineShapes.endsSentence(line) || LineShapes.isByline(line) || LineShapes.isSignatureDate(line)
				|| LineShapes.trailingByline(line) > 0;
	}

	/**
	 * Whether a headline-shaped line inside a run of lines (no blank line before it) starts an article, as a reader
	 * tells: it is a notice title, or the text after it opens like a news item (a dateline, a date, 近日, 为…, a
	 * quote), or it repeats the headline's words. A line cut at a column edge (本次比赛以个人演绎、集) does neither.
	 */
	private static boolean opensArticle(String[] folded, int j, double overlap) {
		if (LineShapes.isNoticeTitle(folded[j]) || overlap >= 0.3 && opensNewsItem(folded, j)) {
			return true;
		}
		int k = textAfter(folded, j);
		StringBuilder following = new StringBuilder();
		for (int i = k; i < folded.length && following.length() < 300; i++) {
			following.append(folded[i]);
		}
		return sharedBigrams(folded[j], following) >= overlap;
	}

	/** Whether the text after a headline line opens like a news item or with a quote. */
	private static boolean opensNewsItem(String[] folded, int j) {
		int k = textAfter(folded, j);
		if (k >= folded.length) {
			return false;
		}
		String next = folded[k].strip();
		return LineShapes.opensNewsItem(next) || next.startsWith("“") || next.startsWith("\"");
	}

	/** The first line after a headline line that is not a caption or a sub-headline before a dateline. */
	private static int textAfter(String[] folded, int j) {
		int k = j + 1;
		while (k < folded.length && (LineShapes.isCaption(folded[k]) || k == j + 1 && LineShapes.isShortOpen(folded[k])
				&& k + 1 < folded.length && LineShapes.startsWithDateline(folded[k + 1]))) {
			k++;
		}
		return k;
	}

	/** The share of a line's character pairs (of Han characters) that occur in a text. */
	private static double sharedBigrams(String line, CharSequence text) {
		String t = text.toString();
		int pairs = 0;
		int shared = 0;
		for (int i = 0; i + 1 < line.length(); i++) {
			if (TextNormalizer.isHan(line.charAt(i)) && TextNormalizer.isHan(line.charAt(i + 1))) {
				pairs++;
				if (t.contains(line.substring(i, i + 2))) {
					shared++;
				}
			}
		}
		return pairs == 0 ? 0 : (double) shared / pairs;
	}

	/**
	 * A trailing group of short lines with an advertisement mark (公益广告) after finished text is a block of its own.
	 */
	private static void markAdvertisement(String[] folded, boolean[] heading) {
		int n = folded.length;
		int start = n;
		while (start > 0 && folded[start - 1].length() <= 20 && !LineShapes.endsSentence(folded[start - 1])) {
			start--;
		}
		if (start == 0 || start >= n || !closes(folded[start - 1])) {
			return;
		}
		for (int j = start; j < n; j++) {
			if (LineShapes.isAdMark(folded[j])) {
				heading[start] = true;
				return;
			}
		}
	}

	/** A few headline-shaped lines and nothing else (a headline with its sub-headline): one block per line. */
	private static boolean headingRun(String[] folded, boolean[] shaped) {
		if (folded.length < 2 || folded.length > 4 || LineShapes.isSignatureDate(folded[folded.length - 1])) {
			return false;
		}
		for (int j = 0; j < folded.length; j++) {
			if (!shaped[j] || LineShapes.isAdMark(folded[j])) {
				return false;
			}
		}
		return true;
	}

	private static boolean bodyFollows(String[] folded, boolean[] shaped, int j) {
		for (int k = j + 1; k < folded.length; k++) {
			if (LineShapes.isSignatureDate(folded[k])) {
				return false;
			}
			if (LineShapes.isCaption(folded[k])) {
				continue;
			}
			if (!shaped[k]) {
				boolean subheadline = k == j + 1 && k + 1 < folded.length && LineShapes.isShortOpen(folded[k])
						&& LineShapes.startsWithDateline(folded[k + 1]);
				return subheadline || !LineShapes.isByline(folded[k]) && !LineShapes.isSignatureDate(folded[k])
						&& (hasSentenceEnd(folded[k]) || folded[k].length() > LineShapes.HEADLINE_MAX + 5);
			}
		}
		return false;
	}

	private static boolean hasSentenceEnd(String line) {
		return line.indexOf('。') >= 0 || line.indexOf('!') >= 0 || line.indexOf('?') >= 0 || LineShapes.endsSentence(line);
	}

	boolean single() {
		return lines.size() == 1;
	}

	String first() {
		return folded.get(0);
	}

	String last() {
		return folded.get(folded.size() - 1);
	}

	int lastLine() {
		return firstLine + lines.size() - 1;
	}

}
