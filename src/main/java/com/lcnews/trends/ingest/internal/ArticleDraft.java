package com.lcnews.trends.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import com.lcnews.trends.shared.ArticleKind;

/** An article while the splitter is still adding lines to it. */
final class ArticleDraft {

	private final String headline;

	private final String subheadline;

	private final boolean advertisement;

	private final int firstLine;

	private final List<StringBuilder> paragraphs = new ArrayList<>();

	private final StringBuilder byline = new StringBuilder();

	private int lastLine;

	private boolean open;

	private boolean cutOff;

	private boolean signed;

	ArticleDraft(String headline, String subheadline, boolean advertisement, int firstLine) {
		this.headline = headline;
		this.subheadline = subheadline;
		this.advertisement = advertisement;
		this.firstLine = firstLine;
		this.lastLine = firstLine;
	}

	boolean hasBody() {
		return !paragraphs.isEmpty();
	}

	boolean isOpen() {
		return open;
	}

	boolean hasByline() {
		return byline.length() > 0;
	}

	boolean isAdvertisement() {
		return advertisement;
	}

	/** Adds a line as a new paragraph; a dateline byline or a trailing byline goes to the byline. */
	void addParagraph(String printed, int line) {
		if (paragraphs.isEmpty()) {
			Matcher m = LineShapes.DATELINE.matcher(TextNormalizer.fold(printed));
			if (m.find() && m.group(5) != null) {
				addByline(printed.substring(m.start(5), m.end(5)));
			}
		}
		paragraphs.add(new StringBuilder());
		append(printed, line);
	}

	/** Adds a line that is a paragraph of its own (an inter-title, a slogan): text after it starts a new paragraph. */
	void addHeading(String printed, int line) {
		paragraphs.add(new StringBuilder(printed));
		lastLine = line;
		open = false;
	}

	/** Appends a line to the last paragraph: the line was broken at a column edge. */
	void join(String printed, int line) {
		if (paragraphs.isEmpty()) {
			addParagraph(printed, line);
			return;
		}
		append(printed, line);
	}

	private void append(String printed, int line) {
		StringBuilder last = paragraphs.get(paragraphs.size() - 1);
		String text = printed;
		int bylineAt = LineShapes.trailingByline(TextNormalizer.fold(text));
		if (bylineAt >= 0) {
			addByline(text.substring(bylineAt).strip());
			text = LineShapes.stripEnd(text.substring(0, bylineAt));
		}
		if (last.length() > 0 && !text.isEmpty() && isLatin(last.charAt(last.length() - 1)) && isLatin(text.charAt(0))) {
			last.append(' ');
		}
		last.append(text);
		if (last.length() == 0) {
			paragraphs.remove(paragraphs.size() - 1);
		}
		lastLine = line;
		open = paragraphs.isEmpty() ? false : !LineShapes.endsSentence(TextNormalizer.fold(lastText()));
		if (bylineAt >= 0) {
			closeByByline();
		}
	}

	/** A byline block or a trailing byline ends the running text: if it was cut mid-sentence, it stays cut. */
	void addByline(String text, int line) {
		addByline(text);
		lastLine = line;
		closeByByline();
	}

	private void closeByByline() {
		if (open) {
			cutOff = true;
		}
		open = false;
	}

	private void addByline(String text) {
		String b = text.strip();
		if (b.startsWith("(") && b.endsWith(")") || b.startsWith("（") && b.endsWith("）")) {
			b = b.substring(1, b.length() - 1).strip();
		}
		if (b.isEmpty()) {
			return;
		}
		if (byline.length() > 0) {
			byline.append(' ');
		}
		byline.append(b);
	}

	/** Adds lines that close the text (a signature with its date). */
	void addClosingLines(List<String> printed, int firstLineOfBlock) {
		for (int i = 0; i < printed.size(); i++) {
			paragraphs.add(new StringBuilder(printed.get(i)));
		}
		lastLine = firstLineOfBlock + printed.size() - 1;
		open = false;
		signed = true;
	}

	/** Whether a signature closed the text: what follows is another item. */
	boolean isSigned() {
		return signed && !advertisement;
	}

	private String lastText() {
		return paragraphs.get(paragraphs.size() - 1).toString();
	}

	ParsedArticle finish(int ordinal) {
		if (open) {
			cutOff = true;
		}
		ArticleKind kind;
		if (advertisement) {
			kind = ArticleKind.ADVERTISEMENT;
		}
		else if (LineShapes.isNoticeTitle(headline == null ? null : TextNormalizer.fold(headline))) {
			kind = ArticleKind.NOTICE;
		}
		else if (headline == null || cutOff) {
			kind = ArticleKind.FRAGMENT;
		}
		else {
			kind = ArticleKind.ARTICLE;
		}
		List<String> body = paragraphs.stream().map(StringBuilder::toString).toList();
		return new ParsedArticle(ordinal, headline, subheadline, body, byline.length() == 0 ? null : byline.toString(),
				kind, firstLine + 1, lastLine + 1);
	}

	private static boolean isLatin(char c) {
		return c < 0x80 && Character.isLetter(c);
	}

}
