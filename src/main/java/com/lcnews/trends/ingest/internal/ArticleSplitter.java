package com.lcnews.trends.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits the lines of a page into articles. Blocks of lines between blank lines are sorted into page furniture,
 * captions, bylines, signatures, advertisements, short (headline-shaped) lines and body text. A body block that
 * follows text ending mid-sentence continues that paragraph (the PDF had a column edge there); a single newline is a
 * real paragraph break. Short lines start a new article, unless they are an inter-title inside an article that has
 * no byline yet, or the start of a paragraph. Every non-blank line ends in an article or in the skipped list.
 */
public final class ArticleSplitter {

	private static final int INTERTITLE_MAX = 14;

	private static final int BANNER_MAX = 6;

	private final Predicate<String> mentionsPlace;

	/** @param mentionsPlace whether a folded text names a place; a short line naming one is a headline, not an inter-title */
	public ArticleSplitter(Predicate<String> mentionsPlace) {
		this.mentionsPlace = mentionsPlace;
	}

	/** Splits page text (any line ends) into articles. */
	public SplitPage split(String text) {
		return new Walk(Block.of(lines(text))).run();
	}

	static List<String> lines(String text) {
		String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
		return List.of(t.split("\r\n|\r|\n", -1));
	}

	enum Shape {
		FURNITURE, CAPTION, BYLINE, SIGNATURE, AD, SHORT, BODY
	}

	static Shape shape(Block b) {
		if (b.folded().stream().allMatch(LineShapes::isFurniture)) {
			return Shape.FURNITURE;
		}
		if (b.single() && LineShapes.isCaption(b.first())) {
			return Shape.CAPTION;
		}
		if (isBylineBlock(b)) {
			return Shape.BYLINE;
		}
		if (LineShapes.isSignatureDate(b.last()) && b.folded()
			.subList(0, b.folded().size() - 1)
			.stream()
			.allMatch(l -> l.length() <= 30 && !LineShapes.endsSentence(l))) {
			return Shape.SIGNATURE;
		}
		if (b.folded().stream().anyMatch(LineShapes::isAdMark) && b.folded().stream().allMatch(l -> l.length() <= 20)) {
			return Shape.AD;
		}
		if (b.single() && LineShapes.isShortOpen(b.first())) {
			return Shape.SHORT;
		}
		return Shape.BODY;
	}

	private static boolean isBylineBlock(Block b) {
		if (b.folded().stream().allMatch(LineShapes::isByline)) {
			return true;
		}
		return b.folded().size() <= 3 && b.folded().stream().anyMatch(LineShapes::isByline) && b.folded()
			.stream()
			.allMatch(l -> LineShapes.isByline(l) || l.length() <= 15 && LineShapes.isHeadlineShaped(l));
	}

	private final class Walk {

		private final List<Block> blocks;

		private final List<Shape> shapes = new ArrayList<>();

		private final List<ParsedArticle> articles = new ArrayList<>();

		private final List<SkippedLine> skipped = new ArrayList<>();

		private ArticleDraft current;

		Walk(List<Block> blocks) {
			this.blocks = blocks;
			blocks.forEach(b -> shapes.add(shape(b)));
		}

		SplitPage run() {
			for (int i = 0; i < blocks.size(); i++) {
				Block b = blocks.get(i);
				switch (shapes.get(i)) {
					case FURNITURE -> skip(b, "page header or footer");
					case CAPTION -> skip(b, "photo caption");
					case BYLINE -> byline(b);
					case SIGNATURE -> signature(b);
					case AD -> advertisement(b);
					case SHORT -> i = shortBlock(i);
					case BODY -> body(b);
				}
			}
			finish();
			skipped.sort(java.util.Comparator.comparingInt(SkippedLine::lineNo));
			return new SplitPage(articles, skipped);
		}

		private void byline(Block b) {
			if (current == null) {
				skip(b, "byline outside any article");
				return;
			}
			current.addByline(String.join(" ", b.lines()), b.lastLine());
		}

		private void signature(Block b) {
			if (current == null) {
				start(null, null, false, b.firstLine());
			}
			current.addClosingLines(b.lines(), b.firstLine());
		}

		private void advertisement(Block b) {
			start(b.lines().get(0), null, true, b.firstLine());
			if (b.lines().size() > 1) {
				current.addClosingLines(b.lines().subList(1, b.lines().size()), b.firstLine() + 1);
			}
		}

		private void body(Block b) {
			if (current == null) {
				start(null, null, false, b.firstLine());
			}
			for (int k = 0; k < b.lines().size(); k++) {
				if (k == 0 && current.isOpen()) {
					current.join(b.lines().get(k), b.firstLine() + k);
				}
				else {
					current.addParagraph(b.lines().get(k), b.firstLine() + k);
				}
			}
		}

		private int shortBlock(int i) {
			Block b = blocks.get(i);
			String s = b.first();
			String printed = b.lines().get(0);
			if (current == null || current.isSigned() || LineShapes.isNoticeTitle(s)) {
				return headlineGroup(i);
			}
			boolean headlineShaped = LineShapes.isHeadlineShaped(s);
			if (!current.hasBody()) {
				if (current.isAdvertisement()) {
					current.addHeading(printed, b.firstLine());
				}
				else {
					current.addParagraph(printed, b.firstLine());
				}
				return i;
			}
			if (current.isOpen() && !headlineShaped) {
				current.join(printed, b.firstLine());
				return i;
			}
			if (!headlineShaped || nextShape(i) == Shape.BYLINE) {
				current.addParagraph(printed, b.firstLine());
				return i;
			}
			if (!current.isOpen() && !current.isAdvertisement() && bodyLike(i)) {
				if (LineShapes.startsLikeLead(s)) {
					current.addParagraph(printed, b.firstLine());
					return i;
				}
				if (!current.hasByline() && isIntertitle(s)
						&& !LineShapes.opensNewsItem(blocks.get(nextIndex(i)).first())) {
					current.addHeading(printed, b.firstLine());
					return i;
				}
			}
			return headlineGroup(i);
		}

		private boolean isIntertitle(String s) {
			return s.strip().length() <= INTERTITLE_MAX && !mentionsPlace.test(s);
		}

		private int headlineGroup(int i) {
			List<Block> group = new ArrayList<>();
			group.add(blocks.get(i));
			int k = i + 1;
			while (k < blocks.size()) {
				Shape shape = shapes.get(k);
				if (shape == Shape.CAPTION) {
					skip(blocks.get(k), "photo caption");
				}
				else if (shape == Shape.SHORT && (LineShapes.isHeadlineShaped(blocks.get(k).first())
						|| group.size() == 1 && datelineFollows(k))) {
					group.add(blocks.get(k));
				}
				else {
					break;
				}
				k++;
			}
			Shape next = k < blocks.size() ? shapes.get(k) : null;
			if (next != Shape.BODY && next != Shape.SIGNATURE && !(next == Shape.SHORT && bodyLike(k - 1))) {
				if (current != null && current.isAdvertisement()) {
					group.forEach(g -> current.addHeading(g.lines().get(0), g.firstLine()));
				}
				else {
					group.forEach(g -> skip(g, "short line without article text (banner, caption or title)"));
				}
				return k - 1;
			}
			while (group.size() > 2 || group.size() == 2 && group.get(0).first().strip().length() <= BANNER_MAX
					&& !LineShapes.isNoticeTitle(group.get(0).first())) {
				skip(group.remove(0), "section banner");
			}
			start(group.get(0).lines().get(0), group.size() > 1 ? group.get(1).lines().get(0) : null, false,
					group.get(0).firstLine());
			return k - 1;
		}

		private boolean datelineFollows(int k) {
			return k + 1 < blocks.size() && shapes.get(k + 1) == Shape.BODY
					&& LineShapes.startsWithDateline(blocks.get(k + 1).first());
		}

		private Shape nextShape(int i) {
			int k = nextIndex(i);
			return k < 0 ? null : shapes.get(k);
		}

		/** The next block that is not a caption, or -1. */
		private int nextIndex(int i) {
			for (int k = i + 1; k < blocks.size(); k++) {
				if (shapes.get(k) != Shape.CAPTION) {
					return k;
				}
			}
			return -1;
		}

		/** Whether the block after {@code i} (captions aside) is running text: a body block or a short sentence piece. */
		private boolean bodyLike(int i) {
			int k = nextIndex(i);
			return k >= 0 && (shapes.get(k) == Shape.BODY
					|| shapes.get(k) == Shape.SHORT && !LineShapes.isHeadlineShaped(blocks.get(k).first()));
		}

		private void start(String headline, String subheadline, boolean ad, int firstLine) {
			finish();
			current = new ArticleDraft(headline, subheadline, ad, firstLine);
		}

		private void finish() {
			if (current != null) {
				articles.add(current.finish(articles.size() + 1));
			}
			current = null;
		}

		private void skip(Block b, String reason) {
			for (int k = 0; k < b.lines().size(); k++) {
				skipped.add(new SkippedLine(b.firstLine() + k + 1, reason, b.lines().get(k)));
			}
		}

	}

}
