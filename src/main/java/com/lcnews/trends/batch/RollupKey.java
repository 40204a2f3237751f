package com.lcnews.trends.batch;

import java.time.LocalDate;

/** The primary key of a rollup row. */
public record RollupKey(String modelVersion, String precision, LocalDate bucketStart, String district, String topic) {

	/** The key of the row in the monthly table that sums this row. */
	public RollupKey month() {
		return new RollupKey(modelVersion, precision, bucketStart.withDayOfMonth(1), district, topic);
	}

}
