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
			boolean after = j == 0 || heading[j - 1] || LineShapes.endsSentence(folded[j - 1])
					|| LineShapes.isByline(folded[j - 1]) || LineShapes.isSignatureDate(folded[j - 1]);
			heading[j] = n > 1 && LineShapes.isCaption(folded[j])
					|| shaped[j] && after && bodyFollows(folded, shaped, j)
					|| j > 0 && heading[j - 1] && LineShapes.isShortOpen(folded[j]) && j + 1 < n
							&& LineShapes.startsWithDateline(folded[j + 1]);
		}
		int start = 0;
		for (int j = 1; j <= n; j++) {
			if (j == n || heading[j] || heading[j - 1]) {
				blocks.add(new Block(from + start, List.of(printed).subList(start, j), List.of(folded).subList(start, j)));
				start = j;
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
