package com.lcnews.trends.ingest.internal;

/** What a block of lines is, judged from the block alone. */
enum BlockShape {

	/** Page header or footer: weekday and date, editor, page number. */
	FURNITURE,
	/** A photo caption. */
	CAPTION,
	/** Names of reporters or the source, alone on their lines. */
	BYLINE,
	/** Short lines ending with a date line: who signed a notice or letter, and when. */
	SIGNATURE,
	/** A public-service or commercial advertisement. */
	AD,
	/** One short line that does not end a sentence: a headline, a banner, or a piece of a sentence. */
	SHORT,
	/** Running text. */
	BODY;

	static BlockShape of(Block b) {
		if (b.folded().stream().allMatch(LineShapes::isFurniture) || b.folded().size() > 1
				&& b.folded().stream().anyMatch(LineShapes::isFurniture)
				&& b.folded().stream().allMatch(l -> LineShapes.isFurniture(l) || LineShapes.isSignatureDate(l))) {
			return FURNITURE;
		}
		if (isBylineBlock(b)) {
			return BYLINE;
		}
		if (b.single() && LineShapes.isCaption(b.first())) {
			return CAPTION;
		}
		if (LineShapes.isSignatureDate(b.last()) && b.folded()
			.subList(0, b.folded().size() - 1)
			.stream()
			.allMatch(l -> l.length() <= 30 && !LineShapes.endsSentence(l))) {
			return SIGNATURE;
		}
		if (b.folded().stream().anyMatch(LineShapes::isAdMark) && b.folded().stream().allMatch(l -> l.length() <= 20)) {
			return AD;
		}
		if (b.single() && LineShapes.isShortOpen(b.first())) {
			return SHORT;
		}
		return BODY;
	}

	private static boolean isBylineBlock(Block b) {
		if (b.folded().stream().allMatch(LineShapes::isByline)) {
			return true;
		}
		return b.folded().size() <= 3 && b.folded().stream().anyMatch(LineShapes::isByline) && b.folded()
			.stream()
			.allMatch(l -> LineShapes.isByline(l) || l.length() <= 15 && LineShapes.isHeadlineShaped(l));
	}

}
