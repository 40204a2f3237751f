package com.lcnews.trends.trend;

import java.time.LocalDate;

/** The first and last dated bucket a model's rollups hold. */
public record DataRange(LocalDate first, LocalDate last) {
}
