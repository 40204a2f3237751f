package com.lcnews.trends.ingest.internal;

/**
 * The district an article is about.
 *
 * @param code a county-level code, {@code 3715} (city-wide), {@code -} (not local) or null (unknown)
 * @param evidence where the decision comes from, with the words as found
 */
public record DistrictDecision(String code, String evidence) {
}
