package com.lcnews.trends.trend;

/** Articles of one topic in one district ({@code ?} when unknown) over a date range. */
public record CoverageCell(String topic, String district, long count) {
}
