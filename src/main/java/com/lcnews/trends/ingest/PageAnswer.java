package com.lcnews.trends.ingest;

/**
 * What giving a page's issue date and home district changed.
 *
 * @param redated articles that had no date and have one now
 * @param placed articles that had no district and have one now
 * @param page the page afterwards
 */
public record PageAnswer(int redated, int placed, ImportPage page) {
}
