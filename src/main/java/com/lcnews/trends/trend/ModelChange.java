package com.lcnews.trends.trend;

import java.time.Instant;

/** A model promotion, for a marker on trend charts. */
public record ModelChange(String version, Instant promotedAt, String promotedBy) {
}
