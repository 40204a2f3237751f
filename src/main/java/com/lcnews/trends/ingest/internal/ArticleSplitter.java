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

	/** Reason of skipped page headers and footers. */
	static final String FURNITURE = "page header or footer";

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
		List<String> lines = new ArrayList<>();
		int start = text.startsWith("\uFEFF") ? 1 : 0;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(text.substring(start, i));
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		lines.add(text.substring(Math.min(start, text.length())));
		return lines;
	}

	private final class Walk {

		private final List<Block> blocks;

		private final List<BlockShape> shapes = new ArrayList<>();

		private final List<ParsedArticle> articles = new ArrayList<>();

		private final List<SkippedLine> skipped = new ArrayList<>();

		private ArticleDraft current;

		Walk(List<Block> blocks) {
			this.blocks = blocks;
			blocks.forEach(b -> shapes.add(BlockShape.of(b)));
		}

		SplitPage run() {
			for (int i = 0; i < blocks.size(); i++) {
				Block b = blocks.get(i);
				switch (shapes.get(i)) {
					case FURNITURE -> skip(b, ArticleSplitter.FURNITURE);
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
			if (current == null && articles.isEmpty() && b.single()) {
				skip(b, ArticleSplitter.FURNITURE);
				return;
			}
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
			boolean newItem = current != null && current.hasBody() && !current.isOpen()
					&& LineShapes.startsWithDateline(b.first());
			if (current == null || newItem) {
				start(null, null, false, b.firstLine());
			}
			int signature = signatureStart(b);
			for (int k = 0; k < signature; k++) {
				String printed = b.lines().get(k);
				if ((k > 0 || current.hasBody()) && LineShapes.isByline(b.folded().get(k)) || k + 1 < b.lines().size()
						&& LineShapes.isByline(b.folded().get(k + 1)) && b.folded().get(k).length() <= 15
						&& LineShapes.isHeadlineShaped(b.folded().get(k)) && current.hasBody()) {
					current.addByline(printed, b.firstLine() + k);
				}
				else if (current.isOpen()) {
					current.join(printed, b.firstLine() + k);
				}
				else {
					current.addParagraph(printed, b.firstLine() + k);
				}
			}
			if (signature < b.lines().size()) {
				current.addClosingLines(b.lines().subList(signature, b.lines().size()), b.firstLine() + signature);
			}
		}

		/** Index of the signature (short lines ending with a date line) at the end of a body block, or its size. */
		private int signatureStart(Block b) {
			int n = b.lines().size();
			if (!LineShapes.isSignatureDate(b.last())) {
				return n;
			}
			int k = n - 1;
			while (k > 1 && b.folded().get(k - 1).length() <= 30 && !LineShapes.endsSentence(b.folded().get(k - 1))) {
				k--;
			}
			return k;
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
			if (!headlineShaped || nextShape(i) == BlockShape.BYLINE) {
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
				BlockShape shape = shapes.get(k);
				if (shape == BlockShape.CAPTION) {
					skip(blocks.get(k), "photo caption");
				}
				else if (shape == BlockShape.FURNITURE) {
					skip(blocks.get(k), ArticleSplitter.FURNITURE);
				}
				else if (shape == BlockShape.SHORT && (LineShapes.isHeadlineShaped(blocks.get(k).first())
						|| group.size() == 1 && datelineFollows(k))) {
					group.add(blocks.get(k));
				}
				else {
					break;
				}
				k++;
			}
			BlockShape next = k < blocks.size() ? shapes.get(k) : null;
			if (next == BlockShape.BYLINE && k + 1 < blocks.size() && shapes.get(k + 1) == BlockShape.BODY) {
				next = BlockShape.BODY; // a byline printed between the headline and the text
			}
			if (next != BlockShape.BODY && next != BlockShape.SIGNATURE && !(next == BlockShape.SHORT && bodyLike(k - 1))) {
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
			return k + 1 < blocks.size() && shapes.get(k + 1) == BlockShape.BODY
					&& LineShapes.startsWithDateline(blocks.get(k + 1).first());
		}

		private BlockShape nextShape(int i) {
			int k = nextIndex(i);
			return k < 0 ? null : shapes.get(k);
		}

		/** The next block that is not a caption, or -1. */
		private int nextIndex(int i) {
			for (int k = i + 1; k < blocks.size(); k++) {
				if (shapes.get(k) != BlockShape.CAPTION) {
					return k;
				}
			}
			return -1;
		}

		/** Whether the block after {@code i} (captions aside) is running text: a body block or a short sentence piece. */
		private boolean bodyLike(int i) {
			int k = nextIndex(i);
			return k >= 0 && (shapes.get(k) == BlockShape.BODY
					|| shapes.get(k) == BlockShape.SHORT && !LineShapes.isHeadlineShaped(blocks.get(k).first()));
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
