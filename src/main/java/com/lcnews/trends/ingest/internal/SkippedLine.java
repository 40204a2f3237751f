package com.lcnews.trends.ingest.internal;

/**
 * A non-blank page line that is in no article.
 *
 * @param lineNo 1-based line number
 * @param reason why it is not article text
 * @param text the line as printed
 */
public record SkippedLine(int lineNo, String reason, String text) {
}
