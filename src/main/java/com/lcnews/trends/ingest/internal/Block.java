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
				List<String> printed = new ArrayList<>();
				List<String> folded = new ArrayList<>();
				for (int j = start; j < i; j++) {
					String line = lines.get(j).strip();
					printed.add(line);
					folded.add(TextNormalizer.fold(line));
				}
				blocks.add(new Block(start, List.copyOf(printed), List.copyOf(folded)));
				start = -1;
			}
		}
		return blocks;
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
